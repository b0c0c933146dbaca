\pset format unaligned
\pset fieldsep ','
select id, name from customers order by id;
\pset fieldsep '\t'
select id, name from customers order by id;
\pset null NULL
select null as a, 1 as b;
\pset format aligned
select null as a, 1 as b;
