create schema seed;
set search_path = seed;
\i @SEED@/schema.sql
\i @SEED@/tenant_a_release.sql
\d
\dt
\di
\ds
\d orders
\d customers
\d order_items
\d products
