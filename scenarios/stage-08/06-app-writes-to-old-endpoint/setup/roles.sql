-- One application role for the whole shop: the storefront API (through PgBouncer) and the
-- payment-capture worker (which has the old primary's own address in its configuration) both
-- log in as shop_app. ride gives it this run's password when the drill starts.
DO $$
BEGIN
    CREATE ROLE shop_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
