-- 1,500 pages of 12,000 characters each: some 21 MB of TOAST chunks when every page has one
-- version. 600 of them are the legacy wiki's archive space.

INSERT INTO pages (space, title, content, revision, updated_at)
SELECT CASE WHEN g <= 900 THEN (ARRAY['engineering', 'support', 'sales', 'people'])[1 + g % 4] ELSE 'archive' END,
       'Page ' || g,
       repeat(md5('page ' || g), 375),
       1,
       timestamptz '2024-03-04 09:00:00+00' + g * interval '1 minute'
FROM generate_series(1, 1500) AS g;

-- Last week, in the sandbox's time: the legacy import ran with autovacuum kept off the TOAST
-- relation (the import runbook's step, never undone), and then the editor's autosave wrote every
-- page again and again. Three new versions of each page: their old chunks are dead, some 63 MB,
-- two thirds of the TOAST relation by pgstattuple's dead_tuple_percent. Nothing has vacuumed
-- them: autovacuum may not.
ALTER TABLE pages SET (toast.autovacuum_enabled = false);
UPDATE pages SET content = repeat(md5('draft 1 of ' || id), 375), revision = 2;
UPDATE pages SET content = repeat(md5('draft 2 of ' || id), 375), revision = 3;
UPDATE pages SET content = repeat(md5('draft 3 of ' || id), 375), revision = 4;

-- With autosave the editor team had autovacuum visit pages more often (a vacuum once 2 % of its
-- rows are dead, not 20 %): it does, every half minute or so in the drill. Settings on the table
-- are the main table's only; its TOAST relation has its own (toast.*).
ALTER TABLE pages SET (autovacuum_vacuum_scale_factor = 0.02);

-- Autovacuum did keep pages itself clean: its dead row versions are gone (its TOAST relation
-- is left alone, as autovacuum leaves it).
-- the UPDATEs' counts reach pg_stat_all_tables before the VACUUM's
SELECT pg_stat_force_next_flush();
VACUUM (PROCESS_TOAST false, ANALYZE) pages;
