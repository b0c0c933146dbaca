\set n 5
\set tbl customers
\set who 'ann'
select :n as n, :n * 2 as twice;
select name from :tbl where id = :n - 4;
select id from customers where name = :'who';
select :"tbl" as quoted_ident;
select count(*) from :"tbl";
\set cond 'id > 2'
select name from customers where :cond order by 1;
\set two_statements 'select 1 as first; select 2 as second;'
:two_statements
