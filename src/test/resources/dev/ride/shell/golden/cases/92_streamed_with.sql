-- WITH is streamed too: queries, data-modifying WITH (with and without RETURNING), errors
with g as (select x from generate_series(1, 20000) x) select count(*), max(x) from g;
with recursive r(n) as (select 1 union all select n + 1 from r where n < 5) select * from r;
create table wlog(id int, note text);
with ins as (insert into wlog select g, 'n' || g from generate_series(1, 3) g returning *) select * from ins;
with ins as (insert into wlog values (4, 'four') returning id) insert into wlog select id + 100, 'copy' from ins returning id, note;
with gone as (delete from wlog where id > 100) update wlog set note = upper(note) where id = 1;
with up as (update wlog set note = 'x' where id <= 2 returning id) select count(*) from up;
with q as (select 1/(g - 15000) as v from generate_series(1, 20000) g) select * from q;
with q as (select nosuch from wlog) select * from q;
begin;
with ins as (insert into wlog values (9, 'nine') returning *) select * from ins;
with bad as (select 1/0) select * from bad;
select 1;
rollback;
table wlog;
with big as (select g, md5(g::text) from generate_series(1, 20000) g) select count(*) from big where md5 like 'a%';
