-- Last night's maintenance script (ops-restore.sh) reloaded invoicing's tariff tables from the
-- warehouse. To keep clients out meanwhile it closed the database both ways the documentation
-- mentions, then ended every session in it. The reload finished; the script's last step, which
-- reopens the database, never ran: its ssh session was cut at 02:31 when the bastion rebooted.
-- Runs in invoicing only, last. A database may cap its own connections but not refuse them
-- (ALLOW_CONNECTIONS false is refused for the current database): crm's setup does that part
-- (maintenance_window_close.sql), once this cap tells it invoicing's setup is done.

ALTER DATABASE invoicing CONNECTION LIMIT 0;
