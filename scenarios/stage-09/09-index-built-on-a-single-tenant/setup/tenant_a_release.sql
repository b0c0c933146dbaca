-- Release 2024.12.2 went out at 06:10 UTC on 3 December 2024. Its migration 20241203_004 built
-- the order-history index here, in tenant_a, and recorded itself. Runs in tenant_a only.

CREATE INDEX CONCURRENTLY orders_customer_created_idx ON orders (customer_id, created_at);

INSERT INTO schema_migrations (version, description, applied_at) VALUES
    ('20241203_004', 'orders: index (customer_id, created_at) for the order history page',
     '2024-12-03 06:10:41+00');

VACUUM ANALYZE orders;
