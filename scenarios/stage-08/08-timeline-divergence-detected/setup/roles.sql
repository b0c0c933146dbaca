-- The ferry line's booking site logs in as ferry_web (through PgBouncer); the harbour check-in
-- desks' sync service as desk_sync. ride gives both this run's password when the drill starts.
DO $$
BEGIN
    CREATE ROLE ferry_web LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE desk_sync LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
