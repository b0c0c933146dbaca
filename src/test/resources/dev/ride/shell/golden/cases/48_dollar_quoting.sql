select $$dollar 'quoted' text$$ as a, $tag$with $$ inside$tag$ as b;
select $$multi
line; with semicolon
$$ as m;
do $body$
begin
  raise notice 'in body; %', 1;
end
$body$;
select $1abc$ as weird;
select length($$$$) as empty;
