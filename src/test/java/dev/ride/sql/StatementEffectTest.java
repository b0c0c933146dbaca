package dev.ride.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementEffectTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "select * from orders",
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders'",
            "table orders",
            "values (1)",
            "show work_mem",
            "(select 1)", "((select count(*) from orders))",
            "explain select * from orders where tenant = 'x'",
            "EXPLAIN (COSTS OFF) SELECT 1",
            "with t as (select 1) select * from t",
            "begin", "commit", "rollback", "set lock_timeout = '1s'", "reset all",
            "select * from orders for update",
            "select * from orders for no key update",
            "select 'insert into x' as text",
            "lock table orders in access share mode",
            "prepare q as insert into orders values ($1)",
            "\\d orders", "\\dt", "\\c tenant_b", "\\copy orders to 'x.csv'",
            "  -- a comment only",
            ":log", ":log 30", ":log 5 --follow",
            ":action", ":action  ",
    })
    void looks(String statement) {
        assertThat(StatementEffect.changes(statement)).as(statement).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ALTER TABLE orders ADD COLUMN release_id text",
            "insert into orders values (1)",
            "update orders set status = 'x'",
            "delete from orders",
            "create index concurrently on orders (email)",
            "drop index orders_email_idx",
            "vacuum full orders",
            "analyze orders",
            "reindex table orders",
            "truncate orders",
            "grant select on orders to app",
            "select setval('orders_id_seq', 1000)",
            "SELECT pg_catalog.setval('orders_id_seq', (select max(id) from orders))",
            "select pg_terminate_backend(pid) from pg_stat_activity where state = 'idle in transaction'",
            "select pg_reload_conf()",
            "select * into orders_copy from orders",
            "with gone as (delete from orders returning *) select count(*) from gone",
            "explain analyze insert into orders values (1)",
            "EXPLAIN (ANALYZE, BUFFERS) UPDATE orders SET status = 'x'",
            "call fix_everything()",
            "do $$ begin perform 1; end $$",
            "execute q(1)",
            "\\copy orders from 'x.csv'",
            "ROLLBACK PREPARED 'batch-2291'",
            ":action promote standby",
            "commit prepared 'batch-2291'",
            "prepare transaction 'px1'",
    })
    void changes(String statement) {
        assertThat(StatementEffect.changes(statement)).as(statement).isTrue();
    }
}
