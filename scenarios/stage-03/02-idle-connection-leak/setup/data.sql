-- 20000 invoices of the last months, each with its rendered PDF.

INSERT INTO invoices (customer_id, status, total_cents, issued_at)
SELECT 1 + (g * 13) % 2500, CASE WHEN g % 9 = 0 THEN 'open' ELSE 'paid' END, 900 + (g * 389) % 40000,
       timestamptz '2025-01-01 00:00:00+00' + g * interval '7 minutes'
FROM generate_series(1, 20000) AS g;

INSERT INTO invoice_documents (invoice_id, storage_key, size_bytes)
SELECT g, 'invoices/2025/' || g || '.pdf', 40000 + (g * 97) % 90000
FROM generate_series(1, 20000) AS g;

VACUUM ANALYZE invoices;
VACUUM ANALYZE invoice_documents;
