-- result variables after a failed \gdesc and after a FETCH_COUNT query (rows of all batches)
SELECT 4 AS \gdesc
\echo :ERROR :SQLSTATE :ROW_COUNT
\set FETCH_COUNT 3
select generate_series(1,7);
\echo :ERROR :SQLSTATE :ROW_COUNT
