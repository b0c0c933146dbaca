\dx
\dx pl*
\dx nosuch
create extension if not exists pg_trgm;
\dx
\dx pg_*
