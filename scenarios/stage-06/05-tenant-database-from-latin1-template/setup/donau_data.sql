-- Kaffeerösterei Donau (Vienna): onboarded three weeks ago, moved over from ShopBase, the old
-- platform. Its onboarding ran with --template template_shopbase (ShopBase's databases were
-- Latin-1, and the migration runbook said so), so ride creates shop_donau LATIN1 with locale C
-- (scenario.yaml, setup: create). Its customers and orders came over from ShopBase: Austrian and
-- German names and streets, every character of which Latin-1 has. Runs in shop_donau only.

INSERT INTO customers (id, full_name, email, country, created_at)
SELECT g,
       (ARRAY['Jörg', 'Anna', 'Günther', 'Lukas', 'Bärbel', 'Sophie', 'Jürgen', 'Matthias',
              'Renée', 'Hannes', 'Käthe', 'Zoë', 'Ursula', 'Björn', 'Maximilian', 'Theresa'])[1 + g % 16]
         || ' ' ||
       (ARRAY['Müller', 'Gruber', 'Weiß', 'Huber', 'Bauer', 'Strauß', 'Wagner', 'Pichler', 'Fröhlich',
              'Steiner', 'Schön', 'Hofer', 'Köhler', 'Eder', 'Moser', 'Lehner', 'Mayr'])[1 + (g * 7) % 17],
       'kunde' || g || '@example.at',
       CASE WHEN g % 5 = 0 THEN 'DE' ELSE 'AT' END,
       timestamptz '2021-03-01 09:00:00+00' + g * interval '7 hours'
FROM generate_series(1, 3000) AS g;

INSERT INTO orders (id, customer_id, ship_to, total_cents, created_at)
SELECT g, 1 + (g * 11) % 3000,
       (ARRAY['Mariahilfer Straße 12, Wien', 'Getreidegasse 9, Salzburg', 'Herrengasse 3, Graz',
              'Währinger Gürtel 18, Wien', 'Königstraße 40, München', 'Landstraßer Hauptstraße 7, Wien',
              'Schönbrunner Straße 22, Wien', 'Hauptplatz 1, Linz'])[1 + g % 8],
       1200 + (g * 137) % 8000,
       timestamptz '2021-03-01 09:00:00+00' + g * interval '90 minutes'
FROM generate_series(1, 12000) AS g;

SELECT setval(pg_get_serial_sequence('customers', 'id'), 3000);
SELECT setval(pg_get_serial_sequence('orders', 'id'), 12000);

VACUUM ANALYZE customers;
VACUUM ANALYZE orders;
