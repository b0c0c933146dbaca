select 1 as a \; select 2 as b \; select 3 as c;
begin \; insert into customers(name) values ('x1') \; commit;
select count(*) from customers \; select 'done';
select 1 \; select 1/0 \; select 'never';
select 'a' \; select 'b' \g
