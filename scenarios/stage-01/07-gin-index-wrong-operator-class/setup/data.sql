-- Deterministic data: 200,000 listings with four common attributes each (brand out of 600,
-- colour, size, material). About 0.1% carry one of the moderation flags (hazmat, recall,
-- age_restricted): a sweep for one flag wants some 200 listings out of 200,000.

INSERT INTO listings (seller_id, title, price_cents, attrs, updated_at)
SELECT 1 + (g::bigint * 7919) % 4000,
       (ARRAY['Desk lamp', 'Rain jacket', 'Phone charger', 'Garden hose', 'Board game',
              'Water bottle', 'Toaster', 'Yoga mat'])[1 + g % 8] || ' #' || g,
       500 + (g::bigint * 104729) % 20000,
       jsonb_build_object(
           'brand', 'brand-' || (1 + (g::bigint * 31) % 600),
           'colour', (ARRAY['black', 'white', 'red', 'blue', 'green', 'grey'])[1 + g % 6],
           'size', (ARRAY['S', 'M', 'L', 'XL'])[1 + g % 4],
           'material', (ARRAY['cotton', 'steel', 'plastic', 'wood', 'glass'])[1 + g % 5])
       || CASE WHEN g % 997 = 0 THEN jsonb_build_object('hazmat', 'UN3480')
               WHEN g % 997 = 1 THEN jsonb_build_object('recall', 'RC-2024-' || g % 50)
               WHEN g % 997 = 2 THEN jsonb_build_object('age_restricted', 18)
               ELSE '{}'::jsonb END,
       timestamptz '2024-03-01 00:00:00+00' + g * interval '90 seconds'
FROM generate_series(1, 200000) AS g;

CREATE INDEX listings_attrs_idx ON listings USING gin (attrs jsonb_path_ops);

VACUUM ANALYZE;
