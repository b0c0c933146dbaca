create temp table tt (a int, b text);
copy tt from stdin;
1	x
2	y
\.
select * from tt order by a;
copy tt from stdin;
bad
\.
copy nosuch from stdin;
copy tt to stdout;
copy (select id, name from customers order by id) to stdout with (format csv, header);
copy tt from stdin with (format csv);
3,q
