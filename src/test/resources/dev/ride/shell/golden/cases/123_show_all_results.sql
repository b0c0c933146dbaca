-- combined queries: every result shown, notices where psql shows them, \gset on the last
create function warn(msg text) returns boolean language plpgsql as $$
begin raise notice 'warn %', msg; return true; end $$;
select 1 as one \; select warn('1.5') \; select 2 as two;
select 3 as three \; select warn('3.5') \; select 4 as four \gset
\echo :three :four
create table sr (a int) \; insert into sr values (1), (2) \; select * from sr \; drop table sr;
select 5 \; select 6 + \; select 7;
select 8 as eight \; select 1/0 \; select 9;
\set SHOW_ALL_RESULTS off
select 1 as one \; select warn('1.5') \; select 2 as two;
create table sr (a int) \; insert into sr values (1), (2) \; drop table sr;
select 8 as eight \; select 1/0 \; select 9;
\set SHOW_ALL_RESULTS on
drop function warn(text);
