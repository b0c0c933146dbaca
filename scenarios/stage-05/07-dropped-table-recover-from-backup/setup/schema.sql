-- The shop: customers, their gift cards, and the checkout's orders. gift_cards is made before
-- orders on purpose: a gift_cards table made again during the drill has a newer oid than orders,
-- which is how the checks tell a table copied back from a restored table brought over the primary.

CREATE TABLE customers (
    id         bigserial PRIMARY KEY,
    email      text NOT NULL UNIQUE,
    full_name  text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE gift_cards (
    id            bigint PRIMARY KEY,
    code          text NOT NULL UNIQUE,
    customer_id   bigint NOT NULL,
    balance_cents integer NOT NULL CHECK (balance_cents >= 0),
    issued_at     timestamptz NOT NULL,
    expires_on    date NOT NULL
);

CREATE TABLE orders (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status      text NOT NULL,
    total_cents integer NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_created_at_idx ON orders (created_at);

-- last month's import of a partner's gift cards, loaded into a staging table that was never
-- cleaned up: what the nightly cleanup is meant to drop
CREATE TABLE gift_cards_import_2026_11 (
    line    integer,
    raw     text
);
