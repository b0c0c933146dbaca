select current_database() = current_database() as same;
\c postgres
select current_database();
\c @DB@
\connect -
\c @DB@ - - - extra
select count(*) from customers;
