drop table if exists nosuch;
do $$ begin raise notice 'hi %', 1; raise warning 'careful'; end $$;
do $$ begin raise notice 'with detail' using detail = 'the detail', hint = 'the hint'; end $$;
create table if not exists customers (id int);
rollback;
