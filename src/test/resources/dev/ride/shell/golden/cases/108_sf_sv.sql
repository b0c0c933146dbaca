create function add(a int, b int default 1) returns int language sql immutable return a + b;
create function twice(x int) returns int language plpgsql as $$
begin
  return x * 2;
end $$;
create view checked as select id, status from orders where status = 'new' with local check option;
create view barrier with (security_barrier = true) as select id from orders;
\sf add
\sf+ add
\sf+ twice
\sf twice(int)
\sf+ ts_debug(text)
\sf nosuch
\sf
\sv open_orders
\sv+ checked
\sv barrier
\sv orders
\sv nosuch
\sv
