\pset border 2
select * from customers order by id;
\x
select * from customers order by id;
\x
\pset border 0
select * from customers order by id;
\pset border 1
\pset null (null)
select null as n, 1 as one;
\pset null ''
\pset
\pset format unaligned
select * from customers order by id;
\pset fieldsep ;
select * from customers order by id;
\pset format csv
select * from customers order by id;
select 'a,b' as "x""y", E'l1\nl2' as multi;
\pset format a
\pset format aligned
\pset foo
\a
\a
\t
select 1;
\t
\t on
select 2;
\t off
\pset footer off
select 3;
\pset footer
\pset title Hello
select 4;
\pset title
select 5;
