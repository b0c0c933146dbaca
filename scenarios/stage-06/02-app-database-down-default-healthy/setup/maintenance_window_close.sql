-- The other half of the maintenance script's door-closing (see maintenance_window.sql): invoicing
-- refuses every connection, superusers' too. Runs in crm only, last.
--
-- The databases' setups run side by side, and invoicing's own setup must still be able to
-- connect: wait until it has capped invoicing (its last step; its session stays connected for
-- the rest of its work), then close the door from here. At most a minute.

DO $$
BEGIN
    FOR i IN 1 .. 600 LOOP
        EXIT WHEN EXISTS (SELECT 1 FROM pg_database WHERE datname = 'invoicing' AND datconnlimit = 0);
        PERFORM pg_sleep(0.1);
    END LOOP;
    ALTER DATABASE invoicing ALLOW_CONNECTIONS false;
END
$$;
