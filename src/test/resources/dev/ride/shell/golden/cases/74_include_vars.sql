\set greeting 'hello from a variable'
\i @DIR@/included.sql
\echo :greeting
\ir @DIR@/included.sql
