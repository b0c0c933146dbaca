select 'before';
\q
select 'after';
