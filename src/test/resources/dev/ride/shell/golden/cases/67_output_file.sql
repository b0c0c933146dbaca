\o @OUT@
select 'to the file' as where_to;
insert into customers(name) values ('o1');
\echo echo stays on stdout
\qecho qecho goes to the file
\d customers
select 1/0;
\o
select 'back on stdout' as where_to;
