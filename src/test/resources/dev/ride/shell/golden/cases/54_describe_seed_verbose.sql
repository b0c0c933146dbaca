create schema seed;
set search_path = seed;
\i @SEED@/schema.sql
\d+ orders
\d+ schema_migrations
\dt seed.*
\d seed.orders_customer_id_idx
\d+ seed.customers_email_key
