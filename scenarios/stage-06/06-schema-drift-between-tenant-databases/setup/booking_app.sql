-- The booking service's role. Roles belong to the whole server and this file runs in every
-- clinic database at once: whichever run creates the role first wins. ride gives it this run's
-- password at start.
-- Runs in every clinic database.

DO $$
BEGIN
    CREATE ROLE booking LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- another clinic's setup made it a moment ago
END
$$;

GRANT SELECT, INSERT ON patients, appointments TO booking;
GRANT USAGE ON SEQUENCE patients_id_seq, appointments_id_seq TO booking;
