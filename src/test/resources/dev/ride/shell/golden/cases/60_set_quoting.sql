\set q 'it''s'
\set b 'back\\slash'
\set Mixed 'MixedCase'
select :'q' as q, :'b' as b;
select 1 as :"Mixed";
select ':q', ':q' as ":q";
select 1::int as cast_kept, 'x'::text;
select :nosuch;
select :'nosuch';
\set empty
select :'empty' as empty, length(:'empty') as len;
\set joined a 'b c' d
\echo :joined
\echo :'q' :"Mixed" :nosuch
\unset q
\echo :q
\unset
\set 1bad x
