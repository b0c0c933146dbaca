-- Deterministic billing data: 300 customers, 12,000 invoices issued from 1 June to
-- 8 December 2024, and the reminders the old job sent until the release.

INSERT INTO customers (name, country, payment_terms_days)
SELECT (ARRAY['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne'])[1 + g % 8]
           || ' ' || (ARRAY['GmbH', 'SARL', 'BV', 'AB', 'Lda'])[1 + g % 5] || ' #' || g,
       (ARRAY['DE', 'FR', 'NL', 'SE', 'PT'])[1 + g % 5],
       (ARRAY[14, 30, 60])[1 + g % 3]
FROM generate_series(1, 300) AS g;

-- Every fifth customer changed terms on 1 October: their earlier invoices carry the old terms.
INSERT INTO invoices (number, customer_id, issued_on, terms_days, amount_cents, status, paid_on)
SELECT 'INV-2024-' || lpad(g::text, 5, '0'),
       c.id,
       date '2024-06-01' + (g - 1) * 191 / 12000,
       CASE WHEN c.id % 5 = 0 AND date '2024-06-01' + (g - 1) * 191 / 12000 < date '2024-10-01'
            THEN (ARRAY[30, 60, 14])[1 + c.id % 3]
            ELSE c.payment_terms_days END,
       1500 + (g * 7919) % 250000,
       'open', NULL
FROM generate_series(1, 12000) AS g
JOIN customers AS c ON c.id = 1 + (g * 53) % 300;

-- Most invoices older than a month are paid, a few were voided.
UPDATE invoices SET status = 'void' WHERE id % 97 = 0;
UPDATE invoices SET status = 'paid', paid_on = issued_on + (id % 40)::integer
WHERE status = 'open' AND issued_on < date '2024-11-08' AND id % 11 <> 0;

-- Reminders for invoices still open past their due date, as the old job sent them.
INSERT INTO payment_reminders (invoice_id, level, sent_on)
SELECT i.id, lvl, i.issued_on + i.terms_days + 7 * lvl
FROM invoices AS i
CROSS JOIN generate_series(1, 3) AS lvl
WHERE i.status = 'open' AND i.issued_on + i.terms_days + 7 * lvl < date '2024-12-09';

ANALYZE;
