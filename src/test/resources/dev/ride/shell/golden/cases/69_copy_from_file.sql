create table tf (a int, b text);
\copy tf from '@DIR@/data.tsv'
select * from tf order by a;
\copy tf (a) from stdin
10
11
\.
select count(*) from tf;
\copy tf to '@OUT@' with csv
