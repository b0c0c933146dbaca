do $$ begin raise info 'info message'; raise log 'log message'; raise debug 'debug'; end $$;
do $$ begin raise notice 'n1'; raise notice 'n2: %', 42; end $$;
do $$ begin raise warning 'w with hint' using hint = 'try this'; end $$;
set client_min_messages = warning;
do $$ begin raise notice 'hidden'; raise warning 'shown'; end $$;
drop table if exists nope;
reset client_min_messages;
drop index if exists nope_idx;
