-- \errverbose, VERBOSITY and SHOW_CONTEXT
\errverbose
create table vb (a int primary key, b text not null);
insert into vb values (1, 'x');
insert into vb values (1, 'y');
\errverbose
\set VERBOSITY terse
select 1 union;
insert into vb values (1, 'y');
\set VERBOSITY sqlstate
select 1/0;
\set VERBOSITY verbose
insert into vb values (2, null);
select nosuchcolumn from vb;
\set VERBOSITY default
create function boom() returns int language plpgsql as $$
begin
  raise notice 'about to fail';
  perform 1/0;
  return 1;
end $$;
select boom();
\set SHOW_CONTEXT never
select boom();
\set SHOW_CONTEXT always
select boom();
\errverbose
\set SHOW_CONTEXT errors
select 1;
\errverbose
drop table vb;
drop function boom();
