select name, length(name) from customers order by id;
select '日本語' as "名前", 'e' || U&'\0301' as accent, 7 as n, '🎉' as emoji;
select '全角ＡＢＣ' as fullwidth, 'ｶﾀｶﾅ' as halfwidth;
