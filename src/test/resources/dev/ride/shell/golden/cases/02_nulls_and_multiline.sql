select 42 as n, E'line1\nline two' as txt, null as nothing, '' as empty, 'x' as last;
select note from audit order by id;
select E'a\tb\tc' as tabs, E'c\001d' as ctl, E'cr\rx' as cr;
select 1 as "multi
line header", 2 as b;
select '' as "", 'x' as " spaced ";
select repeat('x', 90) as wide, 1 as n;
