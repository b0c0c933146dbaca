\copy customers to stdout
\copy (select id, name from customers order by id) to stdout with csv header
\copy customers (name) to stdout
\copy (select 'a\b' as x, null as y) to stdout
\copy (select 1) TO STDOUT (format csv, force_quote *)
