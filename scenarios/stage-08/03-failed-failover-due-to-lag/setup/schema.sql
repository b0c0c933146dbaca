-- A grocery delivery service: delivery slots and the orders customers book into them.

CREATE TABLE delivery_slots (
    id        integer PRIMARY KEY,
    starts_at timestamptz NOT NULL,
    capacity  integer NOT NULL CHECK (capacity > 0)
);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  integer NOT NULL,
    slot_id      integer NOT NULL REFERENCES delivery_slots (id),
    basket_cents integer NOT NULL CHECK (basket_cents > 0),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX orders_created_at_idx ON orders (created_at);
