-- acct_kestrel was restored on the new server from a data-only dump of its tables: the rows
-- came with their ids, the sequence did not.

SELECT setval('invoices_id_seq', 1, false);
