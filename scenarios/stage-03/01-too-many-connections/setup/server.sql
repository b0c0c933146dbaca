-- A small server, so that a handful of idle sessions fills it: 20 connections, 8 of them kept
-- for superusers (the on-call's shell gets in; ordinary roles share the other 12). Both take
-- effect when the server starts, which it does from this prepared state at every drill.
ALTER SYSTEM SET max_connections = 20;
ALTER SYSTEM SET superuser_reserved_connections = 8;
