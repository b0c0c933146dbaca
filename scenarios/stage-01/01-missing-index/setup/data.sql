-- Deterministic data: 300 merchants and 1,200,000 parcels. parcels is that big on purpose: a
-- lookup without an index reads all of it (a sequential scan of a few hundred milliseconds),
-- and building an index on it takes long enough that a plain CREATE INDEX makes the depot's
-- scanners wait.

INSERT INTO merchants (id, name)
SELECT g, (ARRAY['Northwind', 'Blue Heron', 'Copperleaf', 'Little Fox', 'Harbour', 'Oak & Iron'])[1 + g % 6]
          || ' ' || (ARRAY['Books', 'Coffee', 'Outdoor', 'Toys', 'Tea', 'Prints', 'Bikes'])[1 + (g / 6) % 7]
          || ' #' || g
FROM generate_series(1, 300) AS g;

-- Tracking codes: 'PP' and ten digits, unique (multiplication by 48271 modulo the prime
-- 2^31 - 1 never repeats for g below it) and in no particular order on disk.
INSERT INTO parcels (tracking_code, merchant_id, status, postcode, created_at, updated_at)
SELECT 'PP' || lpad(((g::bigint * 48271) % 2147483647)::text, 10, '0'),
       1 + (g * 7) % 300,
       CASE WHEN g > 1190000 THEN (ARRAY['label_printed', 'collected', 'in_transit', 'out_for_delivery'])[1 + g % 4]
            WHEN g % 97 = 0 THEN 'returned'
            ELSE 'delivered' END,
       (ARRAY['EC1A', 'M1', 'B2', 'LS1', 'G1', 'BS1', 'CF10', 'EH1'])[1 + g % 8] || ' ' || (1 + g % 9) || 'AB',
       timestamptz '2023-03-01 00:00:00+00' + g * interval '40 seconds',
       timestamptz '2023-03-03 00:00:00+00' + g * interval '40 seconds'
FROM generate_series(1, 1200000) AS g;

VACUUM ANALYZE;
