-- Release 2024.11.3, canary: on Monday 18 November 2024 at 09:14 UTC the deploy job ran the
-- release migration. It completed here, in tenant_a, and the job reported success; the fan-out to
-- the other tenants never ran.
-- Runs in tenant_a only.

ALTER TABLE orders ADD COLUMN release_id text;

-- The canary's application stamps every order placed since the migration.
UPDATE orders SET release_id = '2024.11.3' WHERE created_at >= timestamptz '2024-11-18 09:14:00+00';

INSERT INTO schema_migrations (version, description, applied_at) VALUES
    ('20241118_003', 'orders: add release_id', '2024-11-18 09:14:07+00');

VACUUM ANALYZE orders;
