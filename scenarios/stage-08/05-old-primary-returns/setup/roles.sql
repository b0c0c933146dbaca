-- The cinema chain's web shop logs in as box_app (through PgBouncer); the foyer kiosks' sync
-- service as kiosk_sync. ride gives both this run's password when the drill starts.
DO $$
BEGIN
    CREATE ROLE box_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE kiosk_sync LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
