-- Deterministic clinic data: 3000 patients, 24000 appointments in every clinic. Some patients
-- never gave a phone number (every 7th), as the booking form allows.
-- Runs in every clinic database.

INSERT INTO patients (full_name, email, phone, created_at)
SELECT (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Thompson', 'Hamilton'])[1 + (g / 6) % 6],
       'patient' || g || '@' || current_database() || '.example',
       CASE WHEN g % 7 = 0 THEN NULL ELSE '+44 7700 ' || lpad((g * 37 % 1000000)::text, 6, '0') END,
       timestamptz '2025-01-01 00:00:00+00' + g * interval '2 hours'
FROM generate_series(1, 3000) AS g;

-- Old references are ten characters at most ('AP-0000001'): the format before December.
INSERT INTO appointments (patient_id, reference, starts_at, status, created_at)
SELECT 1 + (g * 13) % 3000,
       'AP-' || lpad(g::text, 7, '0'),
       timestamptz '2025-02-01 08:00:00+00' + g * interval '17 minutes',
       CASE WHEN g % 25 = 0 THEN 'cancelled' WHEN g % 40 = 0 THEN 'no_show' ELSE 'booked' END,
       timestamptz '2025-01-25 08:00:00+00' + g * interval '16 minutes'
FROM generate_series(1, 24000) AS g;

ANALYZE;
