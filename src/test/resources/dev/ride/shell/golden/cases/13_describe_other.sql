\d orders_id_seq
\d audit_id_seq
\d orders_release_idx
\d customers_pkey
\d open_orders
\d events_pkey
create index partial_idx on orders (amount) where status = 'new';
\d partial_idx
create unique index uniq_idx on orders (release_id, id);
\d uniq_idx
