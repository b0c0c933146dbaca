\i @DIR@/included.sql
\i @DIR@
\i @DIR@/nosuch.sql
\ir nosuch_relative.sql
