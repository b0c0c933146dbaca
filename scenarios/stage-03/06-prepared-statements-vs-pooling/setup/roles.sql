-- The pricing service's role, and the price feed's (a direct session that listens for changes).
-- ride gives both this run's password at start.

CREATE ROLE pricing_app LOGIN;
GRANT SELECT ON products, prices TO pricing_app;

CREATE ROLE price_feed LOGIN;
GRANT SELECT ON prices TO price_feed;
