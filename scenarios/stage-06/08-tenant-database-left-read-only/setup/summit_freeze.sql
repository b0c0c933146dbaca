-- fit_summit: frozen on purpose. Its move to the EU region started at 01:20: the export reads a
-- consistent snapshot while nothing may write, the cut-over is at 10:00, after which this
-- database is dropped here. Anything written to it now would be lost in the move.

ALTER DATABASE fit_summit SET default_transaction_read_only = on;
