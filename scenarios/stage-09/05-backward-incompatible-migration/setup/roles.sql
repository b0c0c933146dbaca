-- The two programs. ride gives each login role this run's password when the drill starts.
--   mail_ingest   the mail ingest worker, still version 2.9: it knows the table as tickets
--   helpdesk_web  the helpdesk web app, version 3.0 since this morning
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['mail_ingest', 'helpdesk_web'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

GRANT SELECT, INSERT ON tickets TO mail_ingest;
GRANT SELECT, INSERT, UPDATE ON tickets TO helpdesk_web;
