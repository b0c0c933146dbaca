\l nosuch
\l postgres
\l template*
\l+ template0
