-- The export job coordinates its two writes (the batch row here, the load in the warehouse) with
-- two-phase commit, so this server allows prepared transactions. ride starts every drill's server
-- afresh from the prepared copy, so the value is in effect from the first run.
ALTER SYSTEM SET max_prepared_transactions = 10;
