-- The shop's orders: 3000 before the incident.

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL,
    total_cents integer NOT NULL CHECK (total_cents > 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO orders (customer_id, total_cents, created_at)
SELECT 1 + (g * 7) % 900, 900 + (g * 389) % 40000,
       timestamptz '2026-12-08 08:00:00+00' + g * interval '20 seconds'
FROM generate_series(1, 3000) AS g;

ANALYZE orders;
GRANT SELECT, INSERT ON orders TO shop_app;
GRANT SELECT ON orders TO search_indexer, audit_exporter;
