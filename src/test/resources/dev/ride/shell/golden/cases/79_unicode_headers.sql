select 1 as "日本", 2 as "é", 3 as "ab";
select 'x' as "very long header name that is wider than the value";
\x on
select 'x' as "日本語ヘッダー", 'yy' as h;
