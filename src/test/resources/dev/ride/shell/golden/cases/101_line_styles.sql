-- the old-ascii and unicode line styles (with unicode_*_linestyle), aligned and wrapped, normal and expanded (issue 18)
create temp table t as select n, repeat('ab ', n) as txt, n * 1.5 as num, case when n % 3 = 0 then null else 'é日本' || n end as wide from generate_series(1,12) n;
\pset null (nul)
\pset columns 30
\pset format wrapped
select * from t;
\pset border 2
select * from t;
\pset border 0
select * from t;
\pset linestyle unicode
\pset border 1
select * from t;
\pset border 2
select * from t;
\pset border 0
select * from t;
\pset unicode_border_linestyle double
\pset border 2
select * from t;
\pset unicode_column_linestyle double
select * from t;
\pset unicode_header_linestyle double
select * from t;
\pset format aligned
select * from t;
\x
select * from t limit 3;
\pset format wrapped
select * from t limit 3;
\pset border 1
select * from t limit 3;
\pset border 0
select * from t limit 3;
\pset linestyle old-ascii
select * from t limit 3;
\pset border 1
select * from t limit 3;
\pset border 2
select * from t limit 3;
\pset linestyle ascii
select 1 as a;
select 1 as "a
b", 'x' as c;
\pset format aligned
select 1 as a;
\pset border 1
select 1 as a;
select 1 as "a
b", 'x' as c;
\pset border 0
select 1 as a;
\x auto
\pset columns 20
\pset format aligned
select * from t limit 2;
\pset format wrapped
select * from t limit 2;
select n from t limit 2;
\pset title 'A title here that is long'
select n, txt from t limit 2;
\pset columns 80
select n, txt from t limit 2;
\pset title
\t on
select n, txt from t limit 3;
\x on
select n, txt from t limit 3;
\pset border 2
select n, txt from t limit 3;
\t off
\pset columns 10
\x off
select n, txt, wide from t limit 3;
\pset linestyle unicode
\pset
select n, txt, wide from t limit 3;
\pset format aligned
\pset columns 0
select E'a\nbb\nccc' as "x
y", 'q' as z;
\pset border 1
select E'a\nbb\nccc' as "x
y", 'q' as z;
\pset border 0
select E'a\nbb\nccc' as "x
y", 'q' as z;
\pset linestyle old-ascii
select E'a\nbb\nccc' as "x
y", 'q' as z;
\pset border 1
select E'a\nbb\nccc' as "x
y", 'q' as z;
\pset border 2
select E'a\nbb\nccc' as "x
y", 'q' as z;
\x
select E'a\nbb\nccc' as "x
y", 'q' as z;
\pset border 1
select E'a\nbb\nccc' as "x
y", 'q' as z;
\pset border 0
select E'a\nbb\nccc' as "x
y", 'q' as z;
\pset linestyle ascii
\pset format wrapped
\pset columns 12
\pset border 1
select E'a\nbb\nccc' as "x
y", 'qqqqqqqqqqqqqqqqqqqqqqq' as z, 5 as n;
\pset linestyle unicode
select E'a\nbb\nccc' as "x
y", 'qqqqqqqqqqqqqqqqqqqqqqq' as z, 5 as n;
\x off
\pset border 1
select 12345678901234567890 as num, 'x' as y;
select 123456789012345.67890 as num, 'xxxxxxxxxxxxxxxxxxxxxxx' as y from generate_series(1,3);
\pset linestyle foo
\pset unicode_border_linestyle foo
\pset unicode_column_linestyle
\set FETCH_COUNT 4
\pset format wrapped
\pset columns 25
select n, repeat('xy', n) as r from generate_series(1,9) n;
\x
select n, repeat('xy', n) as r from generate_series(1,9) n;
\pset border 2
select n, repeat('xy', n) as r from generate_series(1,9) n;
\unset FETCH_COUNT
\pset linestyle unicode
\x auto
select n, repeat('xy', n) as r, 'abcdefghij' as t from generate_series(1,3) n;
\pset columns 0
select n, repeat('xy', n) as r, 'abcdefghij' as t from generate_series(1,3) n;
\x off
select '日本語日本語日本語日本語' as w, 1 as n;
\pset columns 12
select '日本語日本語日本語日本語' as w, 1 as n;
select E'\t\ttabbed value here' as w;
\pset columns 5
select 'abcdefghijkl' as a, 'mnopqrstuvwx' as b;
\x on
select 'abcdefghijkl' as a, 'mnopqrstuvwx' as b;
\pset border 0
select 'abcdefghijkl' as a, 'mnopqrstuvwx' as b;
\pset linestyle old-ascii
select 'abcdefghijkl' as a, 'mnopqrstuvwx' as b;
select 1 where false;
\x off
select 1 where false;
select;
\pset title 'tt'
select 1 as a, 2 as b;
\pset format aligned
\pset border 1
select 1 as a, 2 as b;
\x
select 1 as a, 2 as b;
\d pg_am
\pset linestyle unicode
\d pg_am
\l template0
\pset linestyle o
\pset linestyle U
\pset linestyle ''
\pset linestyle
\pset unicode_header_linestyle q
\pset unicode_header_linestyle S
\pset unicode_border_linestyle
\g (linestyle=unicode border=2)
\pset
