-- Release 2024.11.3 went out at 09:14 UTC on 20 November 2024. Its migration ran here, in
-- tenant_a, and the deploy job reported success; the fan-out to the other tenants never ran.
-- Runs in tenant_a only.

ALTER TABLE orders ADD COLUMN release_id text;

-- The application stamps every order placed since the release.
UPDATE orders SET release_id = '2024.11.3' WHERE created_at >= timestamptz '2024-11-20 09:14:00+00';

INSERT INTO schema_migrations (version, description, applied_at) VALUES
    ('20241120_003', 'orders: add release_id', '2024-11-20 09:14:07+00');

VACUUM ANALYZE orders;
