alter table orders add constraint status_known check (status in ('new', 'paid', 'shipped'));
comment on constraint status_known on orders is 'the three states';
create rule no_delete as on delete to customers do instead nothing;
comment on rule no_delete on customers is 'keep customers';
comment on trigger audit_touch on audit is 'stamps rows';
create conversion myconv for 'LATIN1' to 'UTF8' from iso8859_1_to_utf8;
comment on conversion myconv is 'latin1';
grant select (name) on customers to public;
alter table orders enable row level security;
create policy recent on orders as restrictive for select using (id > 1);
create policy cap on orders with check (amount < 1000);
\dc
\dc+
\dcS+ *latin1_to_utf8*
\dd
\dd status*
\dd a.b.c.d
\dp
\z customers
\dp billing.*
\dp "no.such.access.privilege"
set work_mem = '10MB';
\dconfig work_mem
\dconfig+ work*
\dconfig a.b
