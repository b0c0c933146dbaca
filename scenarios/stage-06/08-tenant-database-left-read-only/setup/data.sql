-- Deterministic gym data: 2000 members, 300 classes, 30000 bookings in every gym.
-- Runs in every gym database.

INSERT INTO members (full_name, email, joined_at)
SELECT (ARRAY['Sam', 'Alex', 'Robin', 'Kim', 'Jo', 'Charlie'])[1 + g % 6] || ' '
           || (ARRAY['Okafor', 'Nilsson', 'Moreau', 'Silva', 'Kowalski', 'Byrne'])[1 + (g / 6) % 6],
       'member' || g || '@' || current_database() || '.example',
       timestamptz '2024-01-01 00:00:00+00' + g * interval '7 hours'
FROM generate_series(1, 2000) AS g;

INSERT INTO classes (title, starts_at, capacity)
SELECT (ARRAY['Spin', 'Yoga', 'HIIT', 'Pilates', 'Boxfit'])[1 + g % 5],
       timestamptz '2026-11-20 06:30:00+00' + g * interval '4 hours',
       12 + g % 20
FROM generate_series(1, 300) AS g;

INSERT INTO bookings (member_id, class_id, booked_at)
SELECT 1 + (g * 7) % 2000,
       1 + g % 300,
       timestamptz '2026-11-10 00:00:00+00' + g * interval '40 seconds'
FROM generate_series(1, 30000) AS g;

ANALYZE;
