-- AUTOCOMMIT off: a BEGIN before a statement outside a transaction block
create table ac (a int);
\set AUTOCOMMIT off
insert into ac values (1);
rollback;
select count(*) from ac;
commit;
insert into ac values (2);
commit;
select * from ac;
commit;
-- statements that cannot run in a transaction block get no BEGIN
vacuum ac;
/* a comment */ -- and another
  VACUUM ac;
create database ac_no_begin_check;
drop database ac_no_begin_check;
create unique index concurrently ac_a on ac (a);
drop index concurrently ac_a;
reindex table concurrently ac;
discard all;
-- but these do
prepare p as select 1;
execute p;
discard plans;
commit;
cluster;
-- with ON_ERROR_ROLLBACK, the implicit transaction keeps going after an error
\set ON_ERROR_ROLLBACK on
insert into ac values (3);
select 1/0;
insert into ac values (4);
commit;
select * from ac order by a;
rollback;
\set AUTOCOMMIT on
\set ON_ERROR_ROLLBACK off
drop table ac;
