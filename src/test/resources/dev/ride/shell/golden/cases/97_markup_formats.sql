\pset null (nul)
\pset title 'a <b> & c|d_e'
prepare m as select 1 as n, 'x|y <&> "q"' as "h|1", ' lead  sp' as s, null as z, '#$%^_{}~\' as tex, E'two\nlines' as nl
  union all select 22, '   ', '', 'v', 'w', 'x';
\pset format html
execute m;
\pset tableattr 'class="t"'
\x
execute m;
\x
\pset tableattr
\pset border 2
\pset format asciidoc
execute m;
\pset border 0
execute m;
\x
execute m;
\t
execute m;
\t
\x
\pset format latex
\pset border 1
execute m;
\pset border 3
execute m;
\x
execute m;
\x
\pset format latex-longtable
\pset tableattr '0.2 0.3'
execute m;
\pset border 2
execute m;
\pset title
\pset format troff-ms
execute m;
\x
\pset border 1
execute m;
\x
\pset format l
\pset format la
\pset format latex-l
\pset format h
\pset format t
\pset format tr
\pset numericlocale
\pset numericlocale off
\pset csv_fieldsep '"'
\pset csv_fieldsep '\0'
\pset
\pset format wrapped
select 1 as a, 'b' as b;
\pset columns 60
select 1 as a, 'b' as b;
\pset columns
\pset columns 0
\pset linestyle a
\pset linestyle
\pset linestyle foo
\pset format aligned
