\p
select 42
\p
\r
\p
select 43 \g
\g
select 44 \gx
\p
\echo hello   world "q  x" 'a b'
\echo -n no newline
\echo
\echo 'tab\there' 'quote''s'
\echo a\echo b
\echo a\\ select 5;
