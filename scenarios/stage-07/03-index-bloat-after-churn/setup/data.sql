-- 100,000 carts, then three months of touches compressed into three rounds: each round moves
-- the updated_at of 95 % of the carts forward, and autovacuum (here VACUUM) removes the old
-- index entries. updated_at only grows, so new entries always go to the right end of both
-- indexes; the leaf pages on the left keep the 5 % of entries that were not touched and are
-- never filled again: a B-tree frees a page only when it is entirely empty.

INSERT INTO carts (customer_id, status, items, total_cents, updated_at)
SELECT 1 + (g * 7919) % 80000,
       (ARRAY['open', 'open', 'checked_out', 'abandoned'])[1 + g % 4],
       1 + g % 9, 500 + (g * 211) % 30000,
       now() - interval '120 days' + g * interval '10 seconds'
FROM generate_series(1, 100000) AS g;
VACUUM carts;

UPDATE carts SET updated_at = updated_at + interval '30 days' WHERE id % 20 <> 1;
VACUUM carts;
UPDATE carts SET updated_at = updated_at + interval '30 days' WHERE id % 20 <> 2;
VACUUM carts;
UPDATE carts SET updated_at = updated_at + interval '30 days' WHERE id % 20 <> 3;
VACUUM ANALYZE carts;
