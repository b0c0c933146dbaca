-- Release 2025.3.1 (fuzzy product search) needs pg_trgm. The runbook's first step, "DBA:
-- CREATE EXTENSION pg_trgm", was done by hand in shop_eu, the database the DBA's psql happened
-- to be connected to, ahead of the deploy. The migration then built the trigram index. In
-- shop_us the extension was never created, so the migration's index step failed there
-- ("operator class gin_trgm_ops does not exist") and the deploy tool logged it as a warning.
-- Runs in shop_eu only.

CREATE EXTENSION pg_trgm;

CREATE INDEX products_name_trgm_idx ON products USING gin (name gin_trgm_ops);

ANALYZE products;
