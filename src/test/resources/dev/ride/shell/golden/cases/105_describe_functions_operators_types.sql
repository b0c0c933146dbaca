create type mood as enum ('sad', 'ok', 'happy');
create type pair as (a int, b text);
comment on type mood is 'feelings';
create function add(a int, b int default 1) returns int language sql immutable return a + b;
create function addall(a int[], out total int) language sql as 'select 1';
create procedure proc(x text) language sql as $$ select 1 $$;
create aggregate mysum(int) (sfunc = int4pl, stype = int);
create operator ### (leftarg = int, rightarg = int, function = int4pl);
create operator ### (rightarg = int, function = int4um);
\df
\df+ add
\dfa
\dfn
\dfp
\dft
\dfw
\dfx
\dfaz
\df int*pl int4
\df int*pl * pg_catalog.int8
\df has_database_privilege oid text -
\df add - -
\df addall int[]
\dfa bit* small*
\da
\daS bit_and
\da a.b.c.d
\do
\do+ ###
\do - pg_catalog.int4
\do && anyarray *
\do ### - int4
\dT
\dT+ mood
\dT int
\dT int4[]
\dTS *.int4
\dT+ pair
