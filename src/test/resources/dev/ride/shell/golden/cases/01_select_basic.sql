select 1;
select id, name from customers order by id;
select * from orders order by id;
select count(*) from orders;
select 1 as a where false;
select;
values (1, 'one'), (2, null);
table customers;
