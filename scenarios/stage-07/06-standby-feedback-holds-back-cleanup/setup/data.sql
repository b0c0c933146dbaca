-- 50,000 seats over 200 shows, about a third of them sold.

INSERT INTO seat_holds (id, show_id, seat, status, price_cents, held_until, updated_at)
SELECT g, 1 + g % 200,
       chr(65 + (g / 20) % 20) || (1 + g % 20),
       CASE WHEN g % 3 = 0 THEN 'sold' ELSE 'free' END,
       4500 + (g % 5) * 1000, NULL, now() - interval '1 day'
FROM generate_series(1, 50000) AS g;

-- the catalogs as well: nothing else is left for vacuum during the drill
VACUUM ANALYZE;
