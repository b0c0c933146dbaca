-- Release 2025.03.2, Monday 3 March 2025, 09:00 UTC: subscriptions get a billing currency, so
-- the web app can sell in dollars and pounds. The pipeline ran the first of the release's four
-- database steps and marked the rest as "run by hand after deploy"; nobody did. The column
-- exists, nullable, without a default, and holds nothing for the 300,000 subscriptions from
-- before the release.

ALTER TABLE subscriptions ADD COLUMN billing_currency text;

INSERT INTO schema_migrations (version, description, applied_at, status, script) VALUES
('20250303_01', 'subscriptions: add billing_currency', '2025-03-03 09:00:12+00', 'applied',
 'ALTER TABLE subscriptions ADD COLUMN billing_currency text;'),
('20250303_02', 'subscriptions: billing_currency default', NULL,
 'manual: run after deploy', '-- see the release runbook'),
('20250303_03', 'subscriptions: backfill billing_currency', NULL,
 'manual: run after deploy', '-- see the release runbook'),
('20250303_04', 'subscriptions: billing_currency NOT NULL', NULL,
 'manual: run after deploy', '-- see the release runbook');

-- The web app's signups since the release: 1,800 subscriptions, each with the currency the
-- customer paid in.
INSERT INTO subscriptions (id, customer_email, plan, price_cents, started_at, billing_currency)
SELECT 300000 + g, 'web' || g || '@example.org',
       (ARRAY['basic', 'plus', 'team'])[1 + g % 3],
       (ARRAY[900, 1900, 4900])[1 + g % 3],
       timestamptz '2025-03-03 09:01+00' + g * interval '40 seconds',
       (ARRAY['EUR', 'USD', 'GBP'])[1 + g % 3]
FROM generate_series(1, 1800) AS g;

SELECT setval(pg_get_serial_sequence('subscriptions', 'id'), 301800);

VACUUM ANALYZE subscriptions;
