-- an error part-way through a result prints only the error, as without FETCH_COUNT
select 1/(g-15000) from generate_series(1, 20000) g;
select nosuch from generate_series(1, 3) g;
select g,
  1/(g - 2)
from generate_series(1, 3) g;
\echo :LASTERROR
-- inside the learner's transaction: select, error, the transaction is aborted until ROLLBACK
begin;
select g from generate_series(1, 20000) g where g % 5000 = 0;
select 1/(g-15000) from generate_series(1, 20000) g;
select 1;
rollback;
select 'after rollback' as state;
-- the transaction the streamed select opened is ended: a later error leaves no transaction
select 1/(g-3) from generate_series(1, 5) g;
create table after_error(i int);
begin;
insert into after_error select g from generate_series(1, 3) g;
select * from after_error;
commit;
-- a notice raised while the rows are produced comes before the table, as in psql
create function noisy(i int) returns int language plpgsql as $$
begin
  if i % 10000 = 0 then raise notice 'row %', i; end if;
  return i;
end $$;
select noisy(g) from generate_series(1, 20000) g where g % 5000 = 0 or g = 20000;
select count(noisy(g)) from generate_series(1, 20000) g;
\set ON_ERROR_STOP on
select 1/(g-19999) from generate_series(1, 20000) g;
select 'not reached';
