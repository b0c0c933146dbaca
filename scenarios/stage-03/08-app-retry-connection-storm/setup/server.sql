-- Every login is logged, as on the production server (the security team asked for it): a
-- connection storm shows as "connection received" and "connection authorized" lines, each
-- followed here by the FATAL that refuses it. Read at the server's start, which every drill is.
ALTER SYSTEM SET log_connections = on;
