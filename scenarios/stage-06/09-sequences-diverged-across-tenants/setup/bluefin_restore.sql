-- shop_bluefin was moved to this server last night: its tables were copied with a data-only
-- dump limited to the tables (--table orders --table payments ...), which leaves the
-- sequences out. The new database's sequences start where a fresh sequence starts.

SELECT setval('orders_id_seq', 1, false);
SELECT setval('payments_id_seq', 1, false);
