\a
select * from customers order by id;
\t
select * from customers order by id;
\x
select * from customers order by id;
\t
select * from customers order by id;
\pset recordsep '#'
select id from customers order by id;
