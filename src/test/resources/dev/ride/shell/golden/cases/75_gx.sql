select * from customers order by id \gx
select 1 as a, 2 as b \gx
\x on
select 1 as a \g
select 2 as b \gx
\x off
select 1/0 \gx
select 'x' as buffer
\gx
