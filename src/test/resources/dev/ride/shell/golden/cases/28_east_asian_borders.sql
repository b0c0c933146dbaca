\pset border 2
select name, length(name) as len from customers order by id;
select '日本語テキスト' as jp, '한국어' as ko, '中文' as zh;
\x on
select '日本語' as "名前", 'ｱｲｳ' as half;
