\dt+
\di+
\dv+
\ds+
\dn+
\d+
