select * from customers where false;
select id from orders where id < 0;
\x on
select * from customers where false;
\x off
\pset format unaligned
select * from customers where false;
\pset format csv
select * from customers where false;
