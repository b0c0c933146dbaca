\conninfo
\c postgres
\conninfo
\c @DB@
\conninfo
