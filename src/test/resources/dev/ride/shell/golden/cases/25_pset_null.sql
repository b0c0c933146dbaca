\pset null ¤
select null as n, 1 as one, '' as empty;
select * from (values (null::int, 'a'), (2, null)) v(x, y);
\x on
select null as n, '' as e;
