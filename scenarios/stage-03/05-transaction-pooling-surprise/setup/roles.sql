-- One role for the shop's services: checkout-api and the ledger export both log in as shop_app
-- through PgBouncer (the export reused checkout's credentials), so PgBouncer gives them one pool:
-- the same server connections. ride gives the role this run's password at start.

CREATE ROLE shop_app LOGIN;
GRANT SELECT ON customers TO shop_app;
GRANT SELECT, INSERT ON orders TO shop_app;

-- The platform's standard for application roles: a query whose client has gone away stops
-- within a second instead of running on.
ALTER ROLE shop_app SET client_connection_check_interval = '1s';

-- Finance's reconciliation runs on the server itself, under its own role.
CREATE ROLE finance LOGIN;
GRANT SELECT ON customers, orders TO finance;
