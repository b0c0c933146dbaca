-- An online grocer: customers and their orders. The checkout writes on the primary; the
-- order-tracking API and the ledger exporter read on the read replica.

CREATE TABLE customers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text NOT NULL UNIQUE,
    full_name  text NOT NULL,
    postcode   text NOT NULL
);

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status      text NOT NULL,
    total_cents integer NOT NULL CHECK (total_cents > 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id, created_at);
CREATE INDEX orders_created_at_idx ON orders (created_at);
