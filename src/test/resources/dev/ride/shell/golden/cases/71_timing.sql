\timing on
select 1 as one;
create table tm (a int);  -- not temp: \d would name pg_temp_N, which depends on the backend slot
insert into tm values (1);
select 1/0;
\timing
select 2;
\timing
\d tm
\timing off
select 3;
