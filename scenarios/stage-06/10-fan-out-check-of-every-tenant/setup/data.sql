-- Deterministic account data: 1000 customers, 20000 invoices (ids 1..20000) in every account.
-- Runs in every account database.

INSERT INTO customers (name, country)
SELECT (ARRAY['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay'])[1 + g % 6] || ' ' || g,
       (ARRAY['DE', 'FR', 'NL', 'IE', 'ES'])[1 + g % 5]
FROM generate_series(1, 1000) AS g;

INSERT INTO invoices (customer_id, amount_cents, issued_at)
SELECT 1 + (g * 17) % 1000,
       2500 + (g * 271) % 90000,
       timestamptz '2026-01-01 00:00:00+00' + g * interval '20 minutes'
FROM generate_series(1, 20000) AS g;

ANALYZE;
