SELECT NULL AS zero, 1 AS one, 2.0 AS two, 'three' AS three, $1 AS four, sin($2) as five,
    'foo'::varchar(4) as six, CURRENT_DATE AS now, 1.5::numeric(5,2) as seven
\gdesc
PREPARE gd AS SELECT 1 AS first, 2 AS second;
EXECUTE gd \gdesc
SELECT 1 + \gdesc
SELECT \gdesc
CREATE TABLE gdesc_never(a int) \gdesc
TABLE gdesc_never;
SELECT 1 AS x, 'Hello', 2 AS y, true AS "dirty\name"
\gdesc
\g
select * from customers where id = $1 \gdesc
select 'after' as t;
