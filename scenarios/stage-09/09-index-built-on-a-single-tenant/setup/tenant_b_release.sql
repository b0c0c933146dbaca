-- In tenant_b the same CREATE INDEX CONCURRENTLY hit the deploy job's 60 s statement_timeout
-- and was cancelled. A cancelled concurrent build does not clean up after itself: it leaves the
-- index behind, marked INVALID. The planner never uses it, yet every write still maintains it.
-- The fan-out script logged a warning, stopped before tenant_c, and exited 0.
-- Runs in tenant_b only.
--
-- A cancel cannot be staged deterministically, so the index is built and then given the state
-- the cancel leaves (indisvalid = false): the same catalog row, the same \d output
-- ("INVALID"), the same behaviour for the planner, REINDEX and DROP INDEX.

CREATE INDEX CONCURRENTLY orders_customer_created_idx ON orders (customer_id, created_at);

UPDATE pg_index SET indisvalid = false
WHERE indexrelid = 'public.orders_customer_created_idx'::regclass;

VACUUM ANALYZE orders;
