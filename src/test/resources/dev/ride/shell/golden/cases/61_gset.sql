select 3 as a, 'text value' as b, null as c \gset
\echo :a :b :c
select id as cust_id from customers where name = 'bob' \gset
select name from customers where id = :cust_id;
select 1 as one, 2 as two \gset p_
\echo :p_one :p_two
select 1 where false \gset
select id from customers \gset
\echo still :a
insert into customers(name) values ('g1') returning id as new_id \gset
\echo :new_id
