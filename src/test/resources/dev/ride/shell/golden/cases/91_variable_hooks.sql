-- psql's hooks on the special variables ride acts on: defaults, refused values, \unset
\echo :FETCH_COUNT :ON_ERROR_STOP
\set FETCH_COUNT abc
\echo :FETCH_COUNT
\set FETCH_COUNT
\set FETCH_COUNT 99999999999
\set FETCH_COUNT 0x2
\echo :FETCH_COUNT
select g from generate_series(1,5) g;
\set FETCH_COUNT ' 010'
\echo :FETCH_COUNT
\unset FETCH_COUNT
\echo :FETCH_COUNT
\set FETCH_COUNT -5
select g from generate_series(1,3) g;
\set ON_ERROR_STOP maybe
\echo :ON_ERROR_STOP
\set ON_ERROR_STOP
\echo :ON_ERROR_STOP
\unset ON_ERROR_STOP
\echo :ON_ERROR_STOP
\set ON_ERROR_STOP of
\echo :ON_ERROR_STOP
select 1 as fc \gset
\set FETCH_COUNT 1
select 'x' as "FETCH_COUNT" \gset
\echo :FETCH_COUNT
\set ON_ERROR_STOP on
select null as "ON_ERROR_STOP", 2 as two \gset
\echo :ON_ERROR_STOP :two
select 'still running';
