select name from customers where id = 1;
\x on
select name from customers where id = 1;
\x off
\t on
select name from customers where id = 1;
