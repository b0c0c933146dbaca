select from customers;
select from customers where false;
select;
\x on
select from customers;
\pset format unaligned
select from customers;
