\set ON_ERROR_STOP off
select 1/0;
select 'reached';
\set ON_ERROR_STOP on
\unset ON_ERROR_STOP
select 1/0;
select 'reached again';
