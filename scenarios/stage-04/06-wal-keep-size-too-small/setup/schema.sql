-- A small shop: the checkout writes orders on the primary, the sales dashboard reads them on
-- the read replica replica1, and a nightly job backfills the order history from the archive.

CREATE TABLE customers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text NOT NULL UNIQUE,
    full_name  text NOT NULL,
    country    text NOT NULL
);

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status      text NOT NULL,
    total_cents integer NOT NULL CHECK (total_cents > 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX orders_created_at_idx ON orders (created_at);

-- the archive's order history, backfilled night by night
CREATE TABLE order_history (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_ref bigint NOT NULL,
    payload   text NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
