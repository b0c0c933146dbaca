-- A shop's orders and the card payments captured for them. The payment service provider
-- (PSP) charges the card when the worker captures an order; psp_ref is the PSP's reference,
-- one capture per order.

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL,
    total_cents integer NOT NULL CHECK (total_cents > 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payments (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint NOT NULL UNIQUE REFERENCES orders (id),
    amount_cents integer NOT NULL CHECK (amount_cents > 0),
    psp_ref      text NOT NULL UNIQUE,
    captured_at  timestamptz NOT NULL DEFAULT now()
);
