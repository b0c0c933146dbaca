-- COPY FROM STDIN and TO STDOUT inside a \;-combined query: the data follows the whole query
SELECT 'ok' AS "begin" \;
CREATE TABLE psql_comics(s TEXT) \;
INSERT INTO psql_comics VALUES ('Calvin'), ('hobbes') \;
COPY psql_comics FROM STDIN \;
UPDATE psql_comics SET s = 'Hobbes' WHERE s = 'hobbes' \;
DELETE FROM psql_comics WHERE s = 'Moe' \;
COPY psql_comics TO STDOUT \;
TRUNCATE psql_comics \;
DROP TABLE psql_comics \;
SELECT 'ok' AS "done" ;
Moe
Susie
\.
select 1 \; copy (select 2) to stdout \; select 3;
select 1/0 \; copy (select 2) to stdout \; select 3;
create table cc (a int) \; copy cc from stdin \; select count(*) from cc;
1
2
\.
select * from cc \; copy cc from stdin \; select 1/0 \; select 2;
3
\.
select count(*) from cc;
drop table cc;
