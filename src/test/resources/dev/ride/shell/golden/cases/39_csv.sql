\pset format csv
select 'plain' as a, 'with,comma' as b, 'with"quote' as c, E'new\nline' as d, null as e, '' as f;
\pset csv_fieldsep ;
select 'x;y' as a, 2 as b;
\pset csv_fieldsep ab
\t on
select 1 as one;
\x on
select 1 as one, 'two' as two;
