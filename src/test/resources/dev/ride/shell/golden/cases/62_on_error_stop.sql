select 'before';
\set ON_ERROR_STOP on
select 'still fine';
select 1/0;
select 'not reached';
