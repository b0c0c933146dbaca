\set x 1
\i @DIR@/included.sql
\set ON_ERROR_STOP on
\i @DIR@/included.sql
\echo not reached
