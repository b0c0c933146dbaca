select '' as a, '' as b;
select '' as "";
\pset format unaligned
select '' as a, null as b;
\pset format csv
select '' as a, null as b, ' ' as c;
