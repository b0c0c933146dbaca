select 1\; select 2;
select 1 as a\; select 1/0\; select 3;
insert into customers(name) values ('m1')\; insert into customers(name) values ('m2') returning id;
create temp table x (a int)\; insert into x values (1)\; select * from x;
