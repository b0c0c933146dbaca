-- The application's role: checkout and the admin API both log in as shop_app through PgBouncer,
-- so they share one pool. Finance's month close logs in as finance on the server itself.
-- ride gives both roles this run's password at start.

CREATE ROLE shop_app LOGIN;
GRANT SELECT ON customers TO shop_app;
GRANT SELECT, INSERT ON orders TO shop_app;
GRANT SELECT, INSERT, UPDATE ON loyalty_tiers TO shop_app;

-- The platform's standard for application roles: a query whose client has gone away (an
-- aborted request, a connection PgBouncer closed) stops within a second instead of running on.
ALTER ROLE shop_app SET client_connection_check_interval = '1s';

CREATE ROLE finance LOGIN;
GRANT SELECT ON customers, orders TO finance;
GRANT SELECT, INSERT ON month_close_lines TO finance;
