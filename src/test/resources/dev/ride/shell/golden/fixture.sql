-- Shared state for every golden case: a small multi-tenant shop, like the drills'.
create table customers (id serial primary key, name text not null unique);
create table orders (
    id bigserial primary key,
    customer_id int references customers(id),
    release_id integer not null,
    status text default 'new',
    created_at timestamptz default '2024-01-02 03:04:05+00',
    amount numeric(10,2) check (amount >= 0)
);
create index orders_release_idx on orders(release_id);
create schema billing;
create table billing.invoices (id int primary key, order_id bigint references orders(id) on delete cascade);
create view open_orders as select id, customer_id, status from orders where status = 'new';
create table events (id int, at date, payload jsonb) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table audit (id int generated always as identity, note text collate "C", ok boolean default true);
create function touch() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger audit_touch before update on audit for each row execute function touch();
insert into customers(name) values ('ann'), ('bob'), ('émile'), ('山田');
insert into orders(customer_id, release_id, amount, status) values
    (1, 10, 5.5, 'new'), (2, 11, 100, 'paid'), (1, 12, 0, 'new'), (3, 12, 12.25, 'shipped'), (4, 13, null, 'new');
insert into audit(note) values ('first'), (E'two\nlines');
analyze;
