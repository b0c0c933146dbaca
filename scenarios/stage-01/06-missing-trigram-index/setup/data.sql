-- Deterministic data: 250,000 customers, names from 25 first names and 33 family names (one in
-- eleven double-barrelled), e-mails made from the name and the id. Searching the middle of a
-- name or an e-mail with ILIKE reads and case-folds every row: a few hundred milliseconds.

INSERT INTO customers (full_name, email, city, created_at)
SELECT n.f || ' ' || n.l,
       lower(n.f) || '.' || lower(replace(n.l, ' ', '')) || g || '@'
           || (ARRAY['mailbox.test', 'post.example', 'inbox.example'])[1 + g % 3],
       (ARRAY['Porto', 'Lyon', 'Leeds', 'Bremen', 'Gdansk', 'Turin', 'Cork', 'Ghent'])[1 + g % 8],
       timestamptz '2021-01-01 00:00:00+00' + g * interval '6 minutes'
FROM generate_series(1, 250000) AS g,
     LATERAL (SELECT (ARRAY['Ana', 'Bruno', 'Chloe', 'Dmitri', 'Elif', 'Farah', 'Goran', 'Hana', 'Ines',
                            'Jonas', 'Kasia', 'Liam', 'Mira', 'Nils', 'Olga', 'Pedro', 'Quinn', 'Rosa',
                            'Sven', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Yara', 'Zoe'])[1 + (g::bigint * 13) % 25] AS f,
                     (ARRAY['Ferreira', 'Dubois', 'Okafor', 'Novak', 'Lindqvist', 'Moreau', 'Kowalski',
                            'Rossi', 'Murphy', 'Jansen', 'Haddad', 'Costa', 'Schmidt', 'Nakamura',
                            'Brennan', 'Alvarez', 'Petrov', 'Van Dijk', 'Ozturk', 'Walsh', 'Keller', 'Sato',
                            'Horvat', 'Mendes', 'Olsen', 'Ivanova', 'Byrne', 'Fischer', 'Romano', 'Nowak',
                            'Larsen', 'Ahmed', 'Silva'])[1 + (g::bigint * 7919) % 33]
                     || CASE WHEN g % 11 = 0
                             THEN '-' || (ARRAY['Hart', 'Lowe', 'Finch', 'Grey', 'Stone'])[1 + g % 5]
                             ELSE '' END AS l) AS n;

VACUUM ANALYZE;
