-- The checkout service's role. Roles belong to the whole server and this file runs in every
-- merchant database at once: whichever run creates the role first wins. ride gives it this
-- run's password at start.
-- Runs in every merchant database.

DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- another merchant's setup made it a moment ago
END
$$;

GRANT SELECT ON customers TO checkout;
GRANT SELECT, INSERT ON orders, payments TO checkout;
GRANT USAGE ON SEQUENCE orders_id_seq, payments_id_seq TO checkout;
