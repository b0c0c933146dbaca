-- The roles. ride gives every actor's login role this run's random password at start.
--   catalog_app  the shop's catalog: products with their prices
--   pricing      the pricing team's loader of feed.product_prices
--   vendor_sync  the former vendor's integration login; the contract ended in September, the
--                role was never disabled. It owns the feed schema and its table, and still
--                has the read on customers its sync job once needed.
-- Roles belong to the whole server: made race-free, as every scenario's setup does.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['catalog_app', 'pricing', 'vendor_sync'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
        END;
    END LOOP;
END
$$;

ALTER SCHEMA feed OWNER TO vendor_sync;
ALTER TABLE feed.product_prices OWNER TO vendor_sync;
GRANT USAGE ON SCHEMA feed TO catalog_app, pricing;
GRANT SELECT ON feed.product_prices TO catalog_app;
GRANT SELECT, INSERT, UPDATE ON feed.product_prices TO pricing;
GRANT SELECT ON products TO catalog_app, pricing, vendor_sync;
GRANT SELECT ON customers TO vendor_sync;
