-- The application's role and the fulfilment worker's. ride gives both this run's password at
-- start. The nightly export was set up with the application's credentials ("it only reads"), so
-- it shares shop_app's pool in PgBouncer: pools are per database and user.

CREATE ROLE shop_app LOGIN;
GRANT SELECT ON customers TO shop_app;
GRANT SELECT, INSERT ON orders TO shop_app;

-- The fulfilment worker waits for paid orders on a direct connection (LISTEN needs a session of
-- its own, so it never went through the pooler).
CREATE ROLE fulfilment LOGIN;
GRANT SELECT ON orders TO fulfilment;
