-- Fjordkaffe (Bergen): a tenant onboarded from tenant_template, UTF8 like the server. It has
-- shipped to Poland since last year. Runs in shop_fjord only.

INSERT INTO customers (id, full_name, email, country, created_at)
SELECT g,
       (ARRAY['Åse', 'Bjørn', 'Kari', 'Øystein', 'Ingrid', 'Håkon', 'Łucja', 'Paweł', 'Sigrid', 'Tomasz'])[1 + g % 10]
         || ' ' ||
       (ARRAY['Bjørnstad', 'Hansen', 'Sæther', 'Lund', 'Dąbrowska', 'Haugen', 'Wiśniewski', 'Økland', 'Berg'])[1 + (g * 7) % 9],
       'kunde' || g || '@example.no',
       CASE WHEN g % 4 = 0 THEN 'PL' ELSE 'NO' END,
       timestamptz '2022-01-10 08:00:00+00' + g * interval '5 hours'
FROM generate_series(1, 3000) AS g;

INSERT INTO orders (id, customer_id, ship_to, total_cents, created_at)
SELECT g, 1 + (g * 13) % 3000,
       (ARRAY['Strandgaten 12, Bergen', 'Kongens gate 4, Trondheim', 'ul. Długa 45, Gdańsk',
              'Øvre Slottsgate 8, Oslo', 'ul. Świdnicka 8, Wrocław', 'Torgallmenningen 1, Bergen'])[1 + g % 6],
       900 + (g * 131) % 9000,
       timestamptz '2022-01-10 08:00:00+00' + g * interval '70 minutes'
FROM generate_series(1, 12000) AS g;

SELECT setval(pg_get_serial_sequence('customers', 'id'), 3000);
SELECT setval(pg_get_serial_sequence('orders', 'id'), 12000);

VACUUM ANALYZE customers;
VACUUM ANALYZE orders;
