\x on
select E'one\ntwo\nthree' as lines, 'x' as short, E'\n' as just_newline;
select E'a\nb' as "multi
head", 1 as n;
\pset border 2
select E'one\ntwo' as lines, null as n;
\pset border 0
select E'one\ntwo' as lines, null as n;
