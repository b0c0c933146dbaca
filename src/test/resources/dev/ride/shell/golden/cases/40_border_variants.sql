\pset border 0
select id, status, amount from orders order by id;
\pset border 2
select id, status, amount from orders order by id;
\pset border 3
select 1 as one;
\pset border 1
\pset title 'My title'
select id from customers order by id limit 2;
\pset border 2
select id from customers order by id limit 2;
