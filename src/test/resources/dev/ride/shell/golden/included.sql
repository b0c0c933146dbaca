select 1/0;

\foo
select
 nosuch;
\x on extra
\echo in included
\x off
select 'unfinished'
