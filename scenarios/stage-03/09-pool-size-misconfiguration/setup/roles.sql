-- The booking API's role (search and reservations share it, so they share one pool in
-- PgBouncer) and the e-mail notifier's, which connects directly. No passwords: ride gives every
-- actor role this run's random password.

CREATE ROLE booking_api LOGIN;
GRANT SELECT ON departures TO booking_api;
GRANT SELECT, INSERT ON reservations TO booking_api;

CREATE ROLE notifier LOGIN;
GRANT SELECT ON reservations TO notifier;
