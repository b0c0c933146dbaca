\d
\dt
\di
\dn
\ds
\dv
\dm
\dE
\dt billing.*
\di orders*
\dt nosuch
\dn nosuch
\dS pg_class
\dt+ pg_catalog.pg_namespace
