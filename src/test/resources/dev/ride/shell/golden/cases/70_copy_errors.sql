\copy
\copy nosuch to stdout
\copy customers from '@DIR@/nosuch.tsv'
\copy customers to stdout with (format nonsense)
select 'after';
