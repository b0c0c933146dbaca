-- The roles. ride gives the application's login role this run's random password at start.
--   shop_app  shop-api's login: reads and writes the shop's data, owns nothing
--   deploy    the release pipeline: runs the migrations and owns the tables they create
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
BEGIN
    CREATE ROLE shop_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE deploy NOLOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT CREATE ON SCHEMA public TO deploy;
ALTER TABLE customers OWNER TO deploy;
ALTER TABLE orders OWNER TO deploy;
ALTER TABLE schema_migrations OWNER TO deploy;

-- What every earlier release's migration ended with, by hand.
GRANT SELECT ON customers TO shop_app;
GRANT SELECT, INSERT ON orders TO shop_app;

INSERT INTO schema_migrations (version, description, applied_at, script) VALUES
  ('20240305_001', 'customers and orders', now() - interval '13 months',
   'CREATE TABLE customers (...); CREATE TABLE orders (...); GRANT SELECT ON customers TO shop_app; GRANT SELECT, INSERT ON orders TO shop_app;'),
  ('20240912_002', 'index orders by customer', now() - interval '7 months',
   'CREATE INDEX orders_customer_id_idx ON orders (customer_id);'),
  ('20250401_003', 'gift cards', now() - interval '25 minutes',
   'CREATE TABLE gift_cards (id serial PRIMARY KEY, code text NOT NULL UNIQUE, customer_id bigint NOT NULL REFERENCES customers (id), balance_cents integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now()); CREATE INDEX gift_cards_customer_id_idx ON gift_cards (customer_id);');

-- Release 2025.04.1's migration, as the pipeline ran it (as deploy, so deploy owns what it made),
-- with no GRANT at the end.
CREATE TABLE gift_cards (
    id             serial      PRIMARY KEY,
    code           text        NOT NULL UNIQUE,
    customer_id    bigint      NOT NULL REFERENCES customers (id),
    balance_cents  integer     NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gift_cards_customer_id_idx ON gift_cards (customer_id);
INSERT INTO gift_cards (code, customer_id, balance_cents)
SELECT 'GC-' || lpad(g::text, 6, '0'), 1 + (g * 11) % 3000, 1000 + (g * 97) % 9000
FROM generate_series(1, 500) AS g;
ALTER TABLE gift_cards OWNER TO deploy;   -- and its serial's sequence with it
