\dA
\dA+ h*
\dA regression.heap
\dA nosuch bar
\dAc brin oid
\dAc+ btree int4
\dAc * pg_catalog.int4
\dAf spgist
\dAf btree int2
\dAf+ btree int4
\dAo+ btree float_ops
\dAo * pg_catalog.jsonb_path_ops
\dAp+ btree float_ops
\dAp * pg_catalog.uuid_ops
\dAp x.y.z
