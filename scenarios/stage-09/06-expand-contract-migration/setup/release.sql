-- Checkout 42, Saturday 20 September 2025, 10:00 UTC: amounts in currency units (numeric)
-- instead of cents, for the coming multi-currency work. The migration did the expand and the
-- contract in one go: add amount, copy, require it, drop amount_cents. The rolling deploy
-- then started replacing checkout 41's pods one by one, and stalled at half (a health check
-- of 42 times out under load), so 41 and 42 both serve the shop, with 41 still writing
-- amount_cents.

ALTER TABLE orders ADD COLUMN amount numeric(12,2);
UPDATE orders SET amount = amount_cents / 100.0;
ALTER TABLE orders ALTER COLUMN amount SET NOT NULL;
ALTER TABLE orders DROP COLUMN amount_cents;

INSERT INTO schema_migrations (version, description, applied_at, script) VALUES
('20250920_01', 'checkout 42: orders.amount in currency units', '2025-09-20 10:00:07+00',
 'ALTER TABLE orders ADD COLUMN amount numeric(12,2);
UPDATE orders SET amount = amount_cents / 100.0;
ALTER TABLE orders ALTER COLUMN amount SET NOT NULL;
ALTER TABLE orders DROP COLUMN amount_cents;');

-- Checkout 42's orders since the deploy began.
INSERT INTO orders (id, customer_id, amount, status, created_at)
SELECT 200000 + g, 1 + g * 13 % 20000, (500 + (g * 53) % 19500) / 100.0, 'paid',
       timestamptz '2025-09-20 10:01+00' + g * interval '5 seconds'
FROM generate_series(1, 1000) AS g;

SELECT setval(pg_get_serial_sequence('orders', 'id'), 201000);
VACUUM ANALYZE orders;
