-- The carrier's API (tracking page lookups and the label printer's new shipments); ride gives the
-- role this run's random password when the drill starts.

DO $$
BEGIN
    CREATE ROLE parcel_api LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT, INSERT ON shipments TO parcel_api;
GRANT USAGE ON SEQUENCE shipments_id_seq TO parcel_api;
