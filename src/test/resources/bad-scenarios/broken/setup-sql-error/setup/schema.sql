create table t (id int);
create tabel u (id int);
