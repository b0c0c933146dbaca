-- ledger-sync's role. Last week's "connection budgets" change gave every service a CONNECTION
-- LIMIT; ledger-sync's was written as 6, from an old capacity sheet. Its pool has 10
-- connections, but they were open before the change (a limit is checked at login only), so
-- nothing showed until this morning's network blip made every service log in again.
-- ride gives the role this run's password at start.

CREATE ROLE ledger_sync LOGIN CONNECTION LIMIT 6;
GRANT SELECT ON accounts TO ledger_sync;
GRANT SELECT, INSERT ON entries TO ledger_sync;
