-- \crosstabview: pivoted results, header order, sort column, NULLs, and each error (issue 18)
create temporary table sales (region text, quarter text, amount numeric, qno int, note text);
insert into sales values
  ('north', 'Q2', 120.5, 2, 'late'), ('south', 'Q1', 80, 1, null), ('north', 'Q1', 99, 1, 'ok'),
  ('east', null, 10, null, 'no quarter'), (null, 'Q3', 7, 3, 'no region'), ('south', 'Q3', 55.25, 3, 'x');
select region, quarter, amount from sales order by region, quarter;
\crosstabview
select region, quarter, amount, qno from sales \crosstabview region quarter amount qno
select region, quarter, amount, -qno as r from sales \crosstabview 1 2 3 r
select quarter, region, note, amount from sales \crosstabview quarter REGION note
\pset null '<null>'
select region, quarter, note from sales \crosstabview
\pset null ''
select 1 as "Mixed Case", 2 as "two""quote", 3 as plain \crosstabview "Mixed Case" "two""quote" PLAIN
select 1 as a, 2 as a, 3 as b \crosstabview a b
select 1 as a, 2 as b, 3 as c \crosstabview A B C D
select region, quarter, amount, qno from sales \crosstabview
select region, quarter from sales \crosstabview
select region, quarter, amount from sales \crosstabview 2 quarter
select region, quarter, amount from sales \crosstabview 0 2
select region, quarter, amount from sales \crosstabview 1 9
select region, quarter, amount from sales \crosstabview region nope
select n % 2, n, n from generate_series(1, 1601) n \crosstabview
select 'r', quarter, amount from sales \crosstabview
select 1 as a, null::text as b, 3 as c union all select 1, null, 4 \crosstabview
\pset null '-'
select null::int as a, 'x' as b, 3 as c union all select null, 'x', 4 \crosstabview
\pset null ''
create temporary table ct_t (a int) \crosstabview
select region, quarter, amount, note from sales \crosstabview 1 2 3 4 5
\pset format wrapped
\pset columns 30
select region, quarter, note from sales where region is not null \crosstabview
\x
select region, quarter, note from sales where region is not null \crosstabview
