package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the seed's ran/not_ran regexes accept: the line between looking, fixing and trapping. */
class SeedScenarioChecksTest {

    private static final Scenario SEED = SeedScenario.load();

    @ParameterizedTest
    @ValueSource(strings = {
            "\\d orders", "\\d+ orders", "\\d public.orders", "\\d \"orders\"", "\\d+   orders",
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'orders' ORDER BY ordinal_position",
            "select column_name from information_schema.columns where table_name=$1",
            "select attname, atttypid::regtype from pg_attribute where attrelid = 'orders'::regclass",
            "select * from orders limit 5", "SELECT *\nFROM orders", "TABLE orders",
            // a real psql's \d orders, as pg_stat_statements records it
            "SELECT a.attname,\n  pg_catalog.format_type(a.atttypid, a.atttypmod),\n  (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, $1)"})
    void inspectingOrdersColumnsIsDetection(String input) {
        assertThat(detect().matcher(input).find()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ALTER TABLE orders ADD COLUMN release_id text", "select count(*) from orders", "\\dt", "\\d", "\\d customers",
            "\\d order_items", "select * from order_items", "\\c tenant_b", "CREATE INDEX ON orders (release_id)",
            "SELECT version FROM schema_migrations", "\\dt+ orders"})
    void otherWorkIsNot(String input) {
        assertThat(detect().matcher(input).find()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ALTER TABLE orders ADD COLUMN release_id text", "alter table orders drop column release_id",
            "ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS release_id text",
            "alter table orders\n  alter column release_id type varchar(20)"})
    void touchingTenantAsColumnIsTheTrap(String input) {
        assertThat(tenantATrap().matcher(input).find()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALTER TABLE customers ADD COLUMN note text", "ALTER TABLE orders ADD COLUMN note text",
            "select release_id from orders", "\\d orders"})
    void otherStatementsInTenantAAreNot(String input) {
        assertThat(tenantATrap().matcher(input).find()).isFalse();
    }

    private static Pattern detect() {
        return SEED.checks(Section.DETECT).get(0).conditions().stream()
                .map(c -> ((Condition.Ran) c).pattern()).findFirst().orElseThrow();
    }

    private static Pattern tenantATrap() {
        return SEED.checks(Section.TRAP).stream().filter(c -> c.id().equals("tenant-a-untouched")).findFirst().orElseThrow()
                .conditions().stream().filter(Condition.NotRan.class::isInstance)
                .map(c -> ((Condition.NotRan) c).pattern()).findFirst().orElseThrow();
    }
}
