\i @DIR@/included.sql
select 'back';
\i @DIR@/nosuch.sql
\i
