create temporary table gexec_t(a int, b text);
select format('insert into gexec_t values (%s, %L)', i, 'v' || i) from generate_series(1,3) i \gexec
select 'select count(*) from gexec_t', null, 'select 1/0', 'select 2 as two' \gexec
\set ECHO all
select 'select max(a) from gexec_t' as q \gexec
\set ECHO none
select 'select 1' from nosuchtable \gexec
\warn to stderr
\warn -n no newline
\echo
\setenv RIDE_TEST_VAR 'some value'
\getenv res RIDE_TEST_VAR
\echo :res
\setenv RIDE_TEST_VAR
\getenv res2 RIDE_TEST_VAR
\echo :res2
\setenv
\setenv a=b c
\getenv onlyone
\if false
  \! echo never \endif
  \w |/no/such/file \else
  \z
  \h select
  \lo_list
  \nosuchcommand
\endif
\echo after
\set ON_ERROR_STOP on
select 'select 10', 'select 1/0', 'select 30' \gexec
select 'not reached';
