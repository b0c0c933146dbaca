-- Deterministic data: 480,000 shipments. Tracking codes look like PX4F2A19C3 and are unique in
-- practice (nothing enforces it). Scanning the table costs tens of milliseconds per lookup.

INSERT INTO shipments (tracking_code, sender_id, status, weight_grams, updated_at)
SELECT 'PX' || upper(substr(md5('parcel' || g), 1, 8)),
       1 + (g * 37) % 900,
       (ARRAY['label_created', 'picked_up', 'in_transit', 'in_transit', 'out_for_delivery', 'delivered', 'delivered', 'delivered'])[1 + g % 8],
       200 + (g * 97) % 19800,
       timestamptz '2025-01-01 00:00:00+00' + g * interval '13 seconds'
FROM generate_series(1, 480000) AS g;
