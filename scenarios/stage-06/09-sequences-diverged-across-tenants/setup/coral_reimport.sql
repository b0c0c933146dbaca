-- shop_coral: last Thursday support re-imported 8000 payments that the payment provider had
-- confirmed during an outage, from the provider's CSV, with the ids the outage queue had
-- reserved for them (36001..44000). Rows inserted with explicit ids do not move the sequence.

INSERT INTO payments (id, order_id, amount_cents, method, paid_at)
SELECT 36000 + g, o.id, o.total_cents, 'reimport', o.created_at + interval '2 minutes'
FROM generate_series(1, 8000) AS g
JOIN orders AS o ON o.id = g + (g - 1) / 9;   -- the orders 1..8888 that are left (no multiple of 10)
