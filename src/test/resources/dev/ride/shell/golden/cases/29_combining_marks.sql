select 'e' || U&'\0301' || 'x' as e_acute, 'a' || U&'\0308' as a_umlaut, U&'\00e9' as precomposed;
select U&'\0301' as lone_mark, 'x' as x;
select 'Zürich' as city, 'Ελληνικά' as greek, 'Кириллица' as cyr;
