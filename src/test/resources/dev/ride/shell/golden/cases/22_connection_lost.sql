select 1;
select pg_terminate_backend(pg_backend_pid());
select 2;
