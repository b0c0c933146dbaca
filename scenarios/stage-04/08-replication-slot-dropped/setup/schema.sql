-- A small shop: the checkout writes orders on the primary, the sales dashboard reads them on
-- the read replica replica1, and a nightly import loads a partner's orders in bulk.

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

-- what the partner feed delivers each night, raw, before it is matched to orders
CREATE TABLE order_imports (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feed      text NOT NULL,
    payload   text NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);

-- The platform team's own schema. The slot janitor keeps only the replication slots listed
-- here; it was written after last month's pg_wal incident, when a forgotten slot filled the disk.
CREATE SCHEMA ops;

CREATE TABLE ops.replica_inventory (
    slot_name text PRIMARY KEY,
    host      text NOT NULL,
    owner     text NOT NULL,
    added_on  date NOT NULL,
    note      text
);

INSERT INTO ops.replica_inventory (slot_name, host, owner, added_on, note) VALUES
    ('dashboard_replica', 'db-rep-old.fra1', 'data-team', date '2023-05-17', 'sales dashboard read replica'),
    ('dr_standby', 'db-dr-1.ams2', 'platform', date '2023-09-04', 'disaster recovery standby (asynchronous)');
