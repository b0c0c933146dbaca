-- Deterministic data: 150,000 invoices of 5,000 customers, six lines each (900,000 lines).
-- Without an index on invoice_lines.invoice_id, fetching one invoice's six lines reads all
-- 900,000: tens of milliseconds per call, and the account page makes one call per invoice.

INSERT INTO invoices (customer_id, number, issued_at, status)
SELECT 1 + (g::bigint * 7919) % 5000,
       'INV-' || lpad(g::text, 7, '0'),
       timestamptz '2023-01-01 00:00:00+00' + g * interval '7 minutes',
       CASE WHEN g > 148000 THEN 'open' WHEN g % 37 = 0 THEN 'void' ELSE 'paid' END
FROM generate_series(1, 150000) AS g;

INSERT INTO invoice_lines (invoice_id, line_no, description, quantity, amount_cents)
SELECT i, l,
       (ARRAY['Seat licence', 'Storage add-on', 'Support plan', 'API calls', 'Onboarding', 'Overage'])[l],
       1 + (i + l) % 9,
       100 + ((i * 31 + l * 17) % 9900)
FROM generate_series(1, 150000) AS i, generate_series(1, 6) AS l;

VACUUM ANALYZE;
