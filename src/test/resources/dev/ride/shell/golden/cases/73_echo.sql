\echo plain words
\echo 'single quoted with ''quote'' and \n newline'
\echo "double quoted stays"
\echo -n first
\echo second
\echo :DBNAME
\echo a\\ \echo b
