\d+ customers
\dt+ customers
\set HIDE_TABLEAM on
\set HIDE_TOAST_COMPRESSION on
\d+ customers
\dt+ customers
\set HIDE_TABLEAM off
\d+ customers
