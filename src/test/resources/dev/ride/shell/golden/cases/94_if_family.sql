\set x 1
\if :x
select 'yes' as answer;
\elif true
select 'no' as answer;
\else
select 'no2' as answer;
\endif
\if false
\echo not shown :x
select 1/0;
\if true
\echo nested hidden
\endif
\bogus_in_skipped_branch
\elif off
\echo no
\else
\echo else branch
\endif
\if foo
\echo bad
\else
\echo after bad
\endif
\elif x
\else
\endif
select 1 as a
\if true
, 2 as b
\else
, 3 as c
\endif
;
\if false
select 'partial'
\endif
select 'after' as t;
\if yes
\if 0
\echo inner no
\elif 1
\echo inner elif
\else
\echo inner else
\else
\endif
\endif
\if true
\echo unclosed
