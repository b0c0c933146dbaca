-- Deterministic data: 20 tenants, 40000 invoices (2000 each), 400 payment methods.

INSERT INTO tenants (id, name)
SELECT g, (ARRAY['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Soylent', 'Stark',
                 'Wayne', 'Wonka', 'Tyrell', 'Cyberdyne', 'Aperture', 'Oscorp', 'Gringotts',
                 'Monarch', 'Nakatomi', 'Pied Piper', 'Massive Dynamic', 'Dunder Mifflin'])[g]
FROM generate_series(1, 20) AS g;

INSERT INTO invoices (tenant_id, number, customer, total_cents, status, due_date)
SELECT 1 + g % 20, 'INV-' || lpad(g::text, 6, '0'), 'Customer ' || (1 + (g * 7) % 900),
       1500 + (g * 211) % 250000,
       CASE WHEN g % 10 < 3 THEN 'open' WHEN g % 10 < 9 THEN 'paid' ELSE 'void' END,
       date '2025-01-01' + (g % 180)
FROM generate_series(1, 40000) AS g;

INSERT INTO payment_methods (tenant_id, card_token, last4)
SELECT 1 + g % 20, 'tok_' || md5(g::text), lpad(((g * 7919) % 10000)::text, 4, '0')
FROM generate_series(1, 400) AS g;

VACUUM ANALYZE invoices;
VACUUM ANALYZE payment_methods;
