select 1::int2, 2::int4, 3::int8, 1.5::float4, 2.25::float8, 3.125::numeric, 9.99::money, 26::oid;
select true, false, null::bool;
select '{"a": 1}'::json, '{"a": [1, 2]}'::jsonb, '\x0102'::bytea;
select interval '1 day 2 hours', date '2024-02-29', time '12:34:56', timestamptz '2024-01-02 03:04:05+00';
select array[1,2,3], array['a', 'b c'], point(1,2), '10.0.0.1/8'::inet, 'a fat cat'::tsvector;
select 1e100::float8, -0.0::float8, 'NaN'::numeric, 123456789012345678901234567890::numeric;
