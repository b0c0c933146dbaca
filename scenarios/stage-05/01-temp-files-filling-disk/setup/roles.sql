-- ride gives both roles this run's password at start.

-- The checkout service records orders.
CREATE ROLE checkout LOGIN;
GRANT SELECT ON customers TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;

-- Finance's BI scheduler runs the reports.
CREATE ROLE reporting LOGIN;
GRANT SELECT ON customers, orders, report_months TO reporting;

-- the platform's standard: a query whose client went away stops within a second
ALTER ROLE checkout SET client_connection_check_interval = '1s';
ALTER ROLE reporting SET client_connection_check_interval = '1s';
