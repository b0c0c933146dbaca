-- psql's FETCH_COUNT: a cursor fetched in batches, each printed as it comes
\set FETCH_COUNT 3
select g, repeat('x', g) from generate_series(1,7) g;
select g from generate_series(1,6) g;
select 1 where false;
\pset border 2
select g, repeat('x', g) from generate_series(1,4) g;
\pset border 0
select g, repeat('x', g) from generate_series(1,4) g;
\pset border 1
\pset format unaligned
select g, repeat('x', g) from generate_series(1,7) g;
select g from generate_series(1,6) g;
\t
select g from generate_series(1,6) g;
\t
\x
select g, repeat('x', g) from generate_series(1,4) g;
\x
\pset format csv
select g, repeat('x', g) from generate_series(1,7) g;
\pset format aligned
\x
select g, repeat('x', g) from generate_series(1,4) g;
select g from generate_series(1,3) g;
\pset border 2
select g from generate_series(1,3) g;
\pset border 1
\t
select g from generate_series(1,5) g;
\t
\x off
\pset title 'T'
select g from generate_series(1,4) g;
\pset title
-- an error in a later batch comes after the rows already printed
select 1/(g-5) from generate_series(1,7) g;
-- an error in the query: its LINE counts the DECLARE line
select nosuch;
select 1,
  nosuch;
-- not a SELECT: printed at once
table pg_am;
insert into after_fetch_count values (1);
create table after_fetch_count(i int);
insert into after_fetch_count select g from generate_series(1, 7) g;
-- inside the learner's transaction: no BEGIN or COMMIT of its own
begin;
select * from after_fetch_count;
select 1/0 from after_fetch_count;
select 1;
rollback;
-- a notice from a function in the query
create function noisy(i int) returns int language plpgsql as $$
begin
  if i = 4 then raise notice 'row %', i; end if;
  return i;
end $$;
select noisy(g) from generate_series(1, 7) g;
-- \watch runs its query without the cursor (widths over all rows)
create sequence w;
select g, repeat('x', g) as r, 1 / (2 - (select nextval('w'))) as one from generate_series(1, 5) g \watch 0.01
\set FETCH_COUNT 20000
select count(*) from (select g from generate_series(1, 20000) g) s;
select g from generate_series(1, 20001) g where g % 10000 = 1;
\set FETCH_COUNT 0
select 'all at once' as again;
