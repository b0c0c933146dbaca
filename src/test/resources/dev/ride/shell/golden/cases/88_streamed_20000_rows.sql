-- 20,000 rows: more than one fetch, and (wide rows) past the in-memory part of the spool
select g, md5(g::text), case when g % 7 = 0 then null else repeat('é', g % 5) end as t from generate_series(1, 20000) g;
\pset format unaligned
select g, md5(g::text) from generate_series(1, 20000) g;
\pset format csv
select g, 'a,b' || g as "x,y", null as n from generate_series(1, 20000) g;
\pset format aligned
\x
select g, repeat(md5(g::text), 3) as long from generate_series(1, 20000) g;
\x auto
values (1, 'one'), (2, 'two');
\x off
\t
(select g from generate_series(1, 20000) g);
\t
table pg_am;
select g as "ignored", repeat('x', 200) into big_copy from generate_series(1, 20000) g;
select count(*), sum(length(repeat)) from big_copy;
/* comment first */ select 'after a comment' as c;
select 1 as a;   -- trailing comment
