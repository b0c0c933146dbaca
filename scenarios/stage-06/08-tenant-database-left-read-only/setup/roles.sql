-- The booking app's role (studio) and the tenant mover's (mover). Roles belong to the whole
-- server and this file runs in every gym database at once: whichever run creates a role first
-- wins. ride gives them this run's password at start.
-- Runs in every gym database.

DO $$
BEGIN
    CREATE ROLE studio LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- another gym's setup made it a moment ago
END
$$;

DO $$
BEGIN
    CREATE ROLE mover LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON members, classes TO studio;
GRANT SELECT, INSERT ON bookings TO studio;
GRANT USAGE ON SEQUENCE bookings_id_seq TO studio;
GRANT SELECT ON members, classes, bookings TO mover;
