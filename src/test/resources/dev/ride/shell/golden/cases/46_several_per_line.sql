select 1 as a; select 2 as b; select 3 as c;
select 1/0; select 'after error on same line';
create temp table m (x int); insert into m values (1), (2); select sum(x) from m;
select 'a' as x; select 'unfinished'
 as y;
