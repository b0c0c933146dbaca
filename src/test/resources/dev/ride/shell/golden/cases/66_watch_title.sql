create sequence w;
\pset title 'Watched'
select nextval('w') as n, 10 / (2 - currval('w')) as v \watch 0.01
\pset title
\watch 0.01
\echo done
