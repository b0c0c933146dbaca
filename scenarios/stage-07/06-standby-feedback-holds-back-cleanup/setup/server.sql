-- The replica starts from a copy of this server, postgresql.auto.conf included: its WAL receiver
-- reports its oldest snapshot (hot_standby_feedback) every second instead of every ten, so the
-- primary sees the replica's horizon move within a second of a change there. The primary does
-- not use the setting.
ALTER SYSTEM SET wal_receiver_status_interval = '1s';
