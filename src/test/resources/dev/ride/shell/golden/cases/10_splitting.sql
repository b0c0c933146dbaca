-- a leading comment is not sent
select 1 -- a trailing one is
;
/* block */ select 2;
select 'a;b', $$c;d$$, $t$ $$ ; $t$, E'it\'s;', "name" from customers where id = 1;
select (1,
2);
select 'a'
'b';
select 1 /* ; /* nested */ ; */ as x;
create function f() returns int language sql begin atomic
  select 1;
end;
select f();
drop function f;
select 3 \gx
select 4; select 5;


select
  6;
