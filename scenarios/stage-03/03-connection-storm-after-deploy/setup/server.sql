-- A small server, so that two fleets of one application overflow it: 30 connections, and an
-- ordinary role is refused once fewer than 8 are free (the on-call's shell still gets in).
-- Both take effect when the server starts, which it does from this prepared state at every drill.
ALTER SYSTEM SET max_connections = 30;
ALTER SYSTEM SET superuser_reserved_connections = 8;
