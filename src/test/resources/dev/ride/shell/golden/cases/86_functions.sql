\df
create function add(a int, b int default 1) returns int language sql immutable return a + b;
create procedure proc(x text) language sql as $$ select 1 $$;
create function billing.tax(numeric) returns numeric language sql return $1 * 0.2;
create aggregate mysum(int) (sfunc = int4pl, stype = int);
\df
\df add
\df billing.*
\df *sum
\df nosuch
