\x auto
select * from customers order by id;
select repeat('w', 300) as wide;
\x
\x
\pset expanded
\pset expanded auto
\pset x off
