\foo
\foo bar baz
\x on extra
\dt customers extra
\timing foo
\pset border
\pset tuples_only maybe
