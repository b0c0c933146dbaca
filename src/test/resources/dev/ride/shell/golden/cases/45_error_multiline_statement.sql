select id,
       name,
       nosuch
from customers
where id = 1;
select
1
+
'a'::int;
select 1,
  2 +;
