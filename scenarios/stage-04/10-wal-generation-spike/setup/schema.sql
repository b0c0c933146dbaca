-- The shop: products, their prices, and orders.

CREATE TABLE products (
    id    integer PRIMARY KEY,
    name  text NOT NULL
);

-- Prices are rewritten in place (HOT updates: room on each page, no indexed column changes).
CREATE TABLE product_prices (
    product_id   integer PRIMARY KEY REFERENCES products (id),
    price_cents  integer NOT NULL,
    currency     text NOT NULL DEFAULT 'EUR',
    repriced_at  timestamptz NOT NULL DEFAULT now()
) WITH (fillfactor = 50);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id   integer NOT NULL REFERENCES products (id),
    quantity     integer NOT NULL,
    total_cents  integer NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

INSERT INTO products (id, name)
SELECT g, 'product ' || g FROM generate_series(1, 4000) AS g;

INSERT INTO product_prices (product_id, price_cents, repriced_at)
SELECT g, 199 + (g * 97) % 30000, now() - interval '1 day' FROM generate_series(1, 4000) AS g;

INSERT INTO orders (product_id, quantity, total_cents, created_at)
SELECT 1 + g % 4000, 1 + g % 3, 500 + (g * 37) % 20000, now() - (20000 - g) * interval '1 minute'
FROM generate_series(1, 20000) AS g;

ANALYZE products;
ANALYZE product_prices;
ANALYZE orders;
