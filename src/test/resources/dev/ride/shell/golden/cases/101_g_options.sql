SELECT 1 as one, 2 as two \g (format=csv csv_fieldsep='\t')
\g
SELECT 1 as one, 2 as two \gx (title='foo bar')
select 3 as three \g ( format=unaligned tuples_only )
select 4 as four \g (border=2 footer=off)
select 5 as five \g (format=nosuch)
select 6 as six;
