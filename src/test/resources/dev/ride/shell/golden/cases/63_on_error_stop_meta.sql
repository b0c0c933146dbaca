\set ON_ERROR_STOP 1
\echo start
\i @DIR@/nosuch.sql
\echo not reached
