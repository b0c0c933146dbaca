-- The shop's orders, and the platform team's backup job settings, which the nightly job reads.

CREATE TABLE customers (
    id         bigserial PRIMARY KEY,
    email      text NOT NULL UNIQUE,
    full_name  text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status      text NOT NULL,
    total_cents integer NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_created_at_idx ON orders (created_at);

CREATE SCHEMA ops;

-- what the backup runner passes to pg_basebackup for each job
CREATE TABLE ops.backup_jobs (
    name       text PRIMARY KEY,
    schedule   text NOT NULL,
    target     text NOT NULL,
    options    text NOT NULL,
    changed_by text NOT NULL,
    changed_on date NOT NULL,
    note       text
);
