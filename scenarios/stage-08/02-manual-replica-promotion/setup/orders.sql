-- The shop's orders database: customers and their orders, 2000 of them before the incident.

CREATE TABLE customers (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email     text NOT NULL UNIQUE,
    full_name text NOT NULL
);

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status      text NOT NULL,
    total_cents integer NOT NULL CHECK (total_cents > 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO customers (email, full_name)
SELECT 'customer' || g || '@shop.example',
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6]
FROM generate_series(1, 300) AS g;

INSERT INTO orders (customer_id, status, total_cents, created_at)
SELECT 1 + (g * 7) % 300,
       (ARRAY['paid', 'paid', 'shipped', 'shipped', 'refunded'])[1 + g % 5],
       900 + (g * 389) % 40000,
       timestamptz '2024-12-01 00:00:00+00' + g * interval '9 minutes'
FROM generate_series(1, 2000) AS g;

ANALYZE customers;
ANALYZE orders;
