\x
select * from customers order by id;
select note from audit order by id;
select 1 as a where false;
\d orders
\x auto
select 1 as a, 2 as b;
\x off
\x foo
\x on
\x
\x
\d orders_id_seq
\d+ customers
