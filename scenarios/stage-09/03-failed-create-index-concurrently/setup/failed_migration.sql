-- Migration 20250305_002 ran CREATE INDEX CONCURRENTLY on shipments(tracking_code) under the
-- pipeline's statement_timeout, which cancelled it in its validation phase. What such a failure
-- leaves: the index exists, writes maintain it (indisready), the planner never uses it
-- (not indisvalid), and it lacks the rows written while it was being built. The setup makes that
-- state directly: build, set it not ready, write the parcels of the build's minutes (they miss
-- the index), set it ready again but not valid.

CREATE INDEX shipments_tracking_code_idx ON shipments (tracking_code);

UPDATE pg_index SET indisvalid = false, indisready = false
WHERE indexrelid = 'public.shipments_tracking_code_idx'::regclass;

INSERT INTO shipments (tracking_code, sender_id, status, weight_grams, updated_at)
SELECT 'PX' || upper(substr(md5('parcel' || g), 1, 8)),
       1 + (g * 37) % 900, 'label_created', 200 + (g * 97) % 19800,
       timestamptz '2025-01-01 00:00:00+00' + g * interval '13 seconds'
FROM generate_series(480001, 500000) AS g;

UPDATE pg_index SET indisready = true
WHERE indexrelid = 'public.shipments_tracking_code_idx'::regclass;

INSERT INTO schema_migrations (version, description, applied_at) VALUES
    ('20241120_001', 'create shipments', '2024-11-20 04:00:00+00'),
    ('20250305_002', 'shipments: index tracking_code for the tracking page', '2025-03-05 04:12:41+00');

VACUUM ANALYZE shipments;
