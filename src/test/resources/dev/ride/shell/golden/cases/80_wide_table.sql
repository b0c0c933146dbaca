select g as n, repeat('x', g) as xs, g * 1.5 as f from generate_series(1, 12) g;
select string_agg(name, ', ' order by id) as names from customers;
