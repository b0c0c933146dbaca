select * from nosuch;
select nosuch from customers;
select
  id,
  nosuch_column
  from customers;
select 'a long line ...........................................................................' || nosuch;
select 1 from customers where name = 'ann' and id = 'x';
insert into customers(id, name) values (1, 'dup');
insert into orders(customer_id, release_id) values (999, 1);
insert into orders(release_id, amount) values (1, -1);
select 1/0;
selec 1;
select (1;
);
do $$ begin perform x; end $$;
select 'unterminated
