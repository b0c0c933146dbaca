-- Deterministic data: 1500 customers; 4000 open invoices of this month, not yet exported,
-- after 8000 older ones that are paid and exported.

INSERT INTO customers (email, name)
SELECT 'billing' || g || '@customer.example', 'Customer ' || g
FROM generate_series(1, 1500) AS g;

INSERT INTO invoices (customer_id, amount_cents, status, export_state, issued_at, paid_at)
SELECT 1 + (g * 7) % 1500, 900 + (g * 389) % 40000, 'open', 'pending',
       timestamptz '2024-10-01 00:00:00+00' + (g * interval '1 minute' * 9),
       NULL
FROM generate_series(1, 4000) AS g;

INSERT INTO invoices (customer_id, amount_cents, status, export_state, issued_at, paid_at)
SELECT 1 + (g * 11) % 1500, 900 + (g * 277) % 40000, 'paid', 'exported',
       timestamptz '2024-04-01 00:00:00+00' + (g * interval '1 minute' * 32),
       timestamptz '2024-04-01 00:00:00+00' + (g * interval '1 minute' * 32) + interval '9 days'
FROM generate_series(1, 8000) AS g;

INSERT INTO payments (invoice_id, amount_cents, received_at)
SELECT id, amount_cents, paid_at FROM invoices WHERE status = 'paid';

VACUUM ANALYZE customers;
VACUUM ANALYZE invoices;
VACUUM ANALYZE payments;
