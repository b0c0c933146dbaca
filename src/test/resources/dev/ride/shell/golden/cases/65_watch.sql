create sequence w;
select 1 / (2 - nextval('w')) as v \watch 0.01
\echo after watch
select 'next';
