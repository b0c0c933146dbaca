-- unaligned and csv results are formatted batch by batch (1,024 rows, then 4,096 a fetch; fewer when wide) as
-- they arrive and shown when complete: around the batch edges, with every option that changes the first or the
-- last lines. 1,024, 5,120 and 9,216 rows end with a full batch, then an empty one.
\pset format unaligned
select g, md5(g::text) from generate_series(1, 1024) g;
select g, md5(g::text) from generate_series(1, 1025) g;
select g from generate_series(1, 5120) g;
select g, repeat('w', 20000) as wide from generate_series(1, 300) g;
select g, md5(g::text) from generate_series(1, 4096) g;
select g from generate_series(1, 4097) g;
select g from generate_series(1, 8192) g;
select 1 as one where false;
\pset title 'batched title'
select g, 'x|y' as "a|b" from generate_series(1, 5000) g;
\pset title
\pset footer off
select g from generate_series(1, 4100) g;
\pset footer on
\t on
select g from generate_series(1, 8192) g;
select g from generate_series(1, 9216) g;
select 1 where false;
select g from generate_series(1, 4097) g;
\t off
\pset fieldsep ';'
\pset recordsep '<>'
select g, g * 2 as twice from generate_series(1, 4500) g;
select 1 where false;
\pset recordsep_zero
\pset fieldsep_zero
select g, null as n from generate_series(1, 4200) g;
\pset fieldsep '|'
\pset recordsep '\n'
\pset null '(nul)'
select g, case when g % 1000 = 0 then null else 'é' end as e from generate_series(1, 6000) g;
\pset null ''
\x on
select g, md5(g::text) from generate_series(1, 4097) g;
select g, md5(g::text) from generate_series(1, 5120) g;
select 1 as one where false;
\t on
select g from generate_series(1, 4100) g;
\t off
\x off
\pset format csv
select g, 'a,b' as "x,y", null as n from generate_series(1, 8193) g;
select g from generate_series(1, 5120) g;
\x on
select g, 'q"uote' as q from generate_series(1, 4097) g;
\x off
\pset format unaligned
-- an error in a later batch prints only the error; a notice before the rows
select 1/(g - 6000) from generate_series(1, 9000) g;
create function noisy2(i int) returns int language plpgsql as $$
begin
  if i = 5000 then raise notice 'row %', i; end if;
  return i;
end $$;
select noisy2(g) from generate_series(1, 9000) g;
begin;
select g from generate_series(1, 5000) g;
select 1/(g - 4500) from generate_series(1, 5000) g;
rollback;
-- data-modifying WITH returning more than one batch: the rows, then the tag when the statement itself modifies
create table batched_log(id int);
with ins as (insert into batched_log select g from generate_series(1, 5000) g returning id) select * from ins;
with s as (select g from generate_series(1, 5000) g) insert into batched_log select g from s returning id;
\pset format aligned
with s as (select 1) update batched_log set id = id + 1 where id <= 4200 returning id;
with s as (select 1) delete from batched_log where id > 4500 returning id;
select count(*) from batched_log;
