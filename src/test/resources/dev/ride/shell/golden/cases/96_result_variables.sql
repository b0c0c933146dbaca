\echo :LAST_ERROR_SQLSTATE ':LAST_ERROR_MESSAGE'
select 1 union select 2;
\echo :ERROR :SQLSTATE :ROW_COUNT
select 1/0;
\echo :ERROR :SQLSTATE :ROW_COUNT :LAST_ERROR_SQLSTATE
\echo :LAST_ERROR_MESSAGE
create table rv(a int);
\echo :ERROR :SQLSTATE :ROW_COUNT
insert into rv select generate_series(1,5);
\echo :ROW_COUNT
update rv set a = a + 1 where a > 2;
\echo :ROW_COUNT :ERROR
delete from rv where a = 1 returning a;
\echo :ROW_COUNT
select * from nosuchtable;
\echo :ERROR :SQLSTATE :LAST_ERROR_MESSAGE
drop table rv;
\echo :ROW_COUNT :LAST_ERROR_SQLSTATE
