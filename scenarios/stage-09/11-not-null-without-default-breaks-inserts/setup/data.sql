-- Deterministic accounts: 4,800 signed up before the release (web, and one in six through a
-- partner's onboarding).

INSERT INTO partners (name)
SELECT (ARRAY['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Woodgrove', 'Litware'])[g]
FROM generate_series(1, 6) AS g;

INSERT INTO accounts (email, display_name, country, partner_id, created_at)
SELECT 'user' || g || '@example.org',
       (ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret'])[1 + g % 6] || ' '
           || (ARRAY['L.', 'H.', 'T.', 'K.', 'M.'])[1 + g % 5],
       (ARRAY['DE', 'FR', 'NL', 'SE', 'PT', 'IE'])[1 + g % 6],
       CASE WHEN g % 6 = 0 THEN 1 + (g / 6) % 6 END,
       timestamptz '2024-04-02 00:00:00+00' + g * interval '73 minutes'
FROM generate_series(1, 4800) AS g;
