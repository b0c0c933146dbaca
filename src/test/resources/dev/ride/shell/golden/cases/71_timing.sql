\timing on
select 1 as one;
create temp table tm (a int);
insert into tm values (1);
select 1/0;
\timing
select 2;
\timing
\d tm
\timing off
select 3;
