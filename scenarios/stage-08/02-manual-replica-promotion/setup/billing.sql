-- The billing database: one invoice per shipped or paid order, 1500 before the incident.

CREATE TABLE invoices (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_ref   bigint NOT NULL,
    amount_cents integer NOT NULL CHECK (amount_cents > 0),
    issued_at   timestamptz NOT NULL DEFAULT now()
);

INSERT INTO invoices (order_ref, amount_cents, issued_at)
SELECT g, 900 + (g * 389) % 40000, timestamptz '2024-12-01 00:05:00+00' + g * interval '12 minutes'
FROM generate_series(1, 1500) AS g;

ANALYZE invoices;
