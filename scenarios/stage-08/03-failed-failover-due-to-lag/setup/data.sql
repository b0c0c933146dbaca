-- Sixty delivery slots and the 4000 orders booked before tonight's maintenance window.

INSERT INTO delivery_slots (id, starts_at, capacity)
SELECT g, timestamptz '2026-12-07 08:00:00+00' + g * interval '1 hour', 80
FROM generate_series(1, 60) AS g;

INSERT INTO orders (customer_id, slot_id, basket_cents, created_at)
SELECT 1 + (g * 13) % 2500, 1 + g % 60, 1500 + (g * 71) % 12000,
       timestamptz '2026-12-05 06:00:00+00' + g * interval '40 seconds'
FROM generate_series(1, 4000) AS g;

ANALYZE delivery_slots;
ANALYZE orders;

GRANT SELECT ON delivery_slots TO grocer_app;
GRANT SELECT, INSERT ON orders TO grocer_app;
