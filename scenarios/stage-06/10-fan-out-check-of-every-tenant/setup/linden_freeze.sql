-- acct_linden: the maintenance runbook froze every account's database before the copy
-- (ALTER DATABASE ... SET default_transaction_read_only = on) and thawed them afterwards,
-- one by one. The thaw step for acct_linden failed on a typo in its name and the script went
-- on to the next account.

ALTER DATABASE acct_linden SET default_transaction_read_only = on;
