-- The roles the live sessions log in as; ride gives each this run's random password at start.
--   booking   the booking service (application_name booking-api)

DO $$
BEGIN
    CREATE ROLE booking LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, UPDATE (seats_left) ON events TO booking;
GRANT SELECT, INSERT ON bookings TO booking;
GRANT SELECT ON threeds_challenges TO booking;
