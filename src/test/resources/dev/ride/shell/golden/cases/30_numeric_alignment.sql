select * from (values (1, 1.5::numeric, -2.25::float8, 'text'), (-100000, 123.456, 1e10, 'x'), (7, null, 0, null)) v(i, n, f, t);
select 12345678901234::int8 as big, 1::int2 as small, 3.0::real as r, '$1,000.50'::money as m;
select 1 as n union all select 22 union all select 333;
