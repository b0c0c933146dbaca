-- ON_ERROR_ROLLBACK: a savepoint around each statement inside a transaction block
create table oer (a int);
\set ON_ERROR_ROLLBACK on
begin;
insert into oer values (1);
insert into oer values ('foo');
insert into oer values (3);
commit;
select * from oer;
-- the learner's own savepoints and a rollback to them: ours is not released twice
begin;
savepoint mine;
insert into oer values (4);
rollback to mine;
select 1/0;
release mine;
insert into oer values (5);
commit;
select * from oer order by a;
-- a combined query is one statement for the savepoint: its earlier parts roll back too
begin;
insert into oer values (6) \; select 1/0;
insert into oer values (7);
commit;
select * from oer order by a;
-- interactive: only at a terminal, so a script gets the plain failed transaction
\set ON_ERROR_ROLLBACK interactive
begin;
insert into oer values (8);
select 1/0;
insert into oer values (9);
commit;
select * from oer order by a;
-- outside a transaction block nothing is added
\set ON_ERROR_ROLLBACK on
select 1/0;
insert into oer values (10);
\set ON_ERROR_ROLLBACK off
begin;
select 1/0;
select 1;
rollback;
\echo :ON_ERROR_ROLLBACK
