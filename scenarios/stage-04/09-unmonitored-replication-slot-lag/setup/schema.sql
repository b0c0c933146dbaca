-- The shop's database: customers and their orders.

CREATE TABLE customers (
    id     integer PRIMARY KEY,
    email  text NOT NULL UNIQUE,
    region text NOT NULL
);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  integer NOT NULL REFERENCES customers (id),
    total_cents  integer NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

INSERT INTO customers (id, email, region)
SELECT g, 'customer' || g || '@example.com', (ARRAY['eu', 'us', 'apac'])[1 + g % 3]
FROM generate_series(1, 2000) AS g;

INSERT INTO orders (customer_id, total_cents, created_at)
SELECT 1 + g % 2000, 500 + (g * 37) % 20000, now() - (30000 - g) * interval '1 minute'
FROM generate_series(1, 30000) AS g;

ANALYZE customers;
ANALYZE orders;
