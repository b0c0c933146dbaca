-- Deterministic data: 300 merchants, 12000 payments of the last 30 days, the older ones settled.

INSERT INTO merchants (name)
SELECT 'Merchant ' || g FROM generate_series(1, 300) AS g;

INSERT INTO payments (merchant_id, amount_cents, captured_at, settled_at)
SELECT 1 + (g * 7) % 300, 500 + (g * 389) % 20000,
       now() - interval '30 days' + (g * interval '30 days' / 12000),
       CASE WHEN g <= 9000 THEN now() - interval '30 days' + (g * interval '30 days' / 12000) + interval '1 day' END
FROM generate_series(1, 12000) AS g;

VACUUM ANALYZE merchants;
VACUUM ANALYZE payments;
