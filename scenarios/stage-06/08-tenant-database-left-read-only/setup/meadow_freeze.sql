-- fit_meadow: at 01:12 the tenant-move runbook's freeze step was run against the wrong gym and
-- aborted a minute later ("wrong tenant, re-running for summit"). The abort did not undo the
-- freeze. Sessions already connected were not affected; the app's pool recycled its
-- connections at 06:00, and every new one starts read-only.

ALTER DATABASE fit_meadow SET default_transaction_read_only = on;
