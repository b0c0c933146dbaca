\set ECHO all
select 1 as one;

-- a comment line
select 'a

b' as gap;
\set ECHO queries
select 2 as two;
\echo not echoed
\set ECHO errors
select 1/0;
select 3 as three;
\set ECHO none
\set QUIET on
create table quiet_t(a int);
insert into quiet_t values (1);
\pset format unaligned
select * from quiet_t;
\pset format aligned
\set QUIET off
insert into quiet_t values (2);
\set ECHO foo
\set ON_ERROR_ROLLBACK maybe
\set VERBOSITY loud
\set AUTOCOMMIT foo
\echo :ECHO :VERBOSITY :SHOW_CONTEXT :AUTOCOMMIT :ON_ERROR_ROLLBACK :COMP_KEYWORD_CASE :HISTCONTROL
\set ON_ERROR_ROLLBACK
\echo :ON_ERROR_ROLLBACK
\unset ECHO
\unset AUTOCOMMIT
\unset QUIET
\echo :ECHO :AUTOCOMMIT :QUIET
