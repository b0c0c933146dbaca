package dev.ride.shell.complete;

import dev.ride.shell.RecordingHost;
import dev.ride.testing.TestSandboxes;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completion on a schema of 5,000 tables (pgcli's users wait up to a minute for its refresh):
 * every lookup is a prefix query with a LIMIT, so the first Tab costs one connection and each
 * later one a few milliseconds. The latency is printed, not asserted (a loaded machine is no
 * benchmark); the test proves the candidates are right and bounded.
 */
class CompletionOnABigSchemaTest {

    @Test
    void fiveThousandTables() throws Exception {
        RecordingHost host = new RecordingHost(TestSandboxes.shared());
        String database = TestSandboxes.newDatabase("bigschema");
        try (Connection c = host.connect(database); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN FOR i IN 1..5000 LOOP EXECUTE format("
                    + "'CREATE TABLE t_%s (id int, name_%s text, created_at timestamptz)', i, i); "
                    + "IF i % 500 = 0 THEN COMMIT; END IF; END LOOP; END $$");
        }
        try (CompletionCatalog catalog = new CompletionCatalog(host)) {
            catalog.useDatabase(database);
            long first = System.nanoTime();
            assertThat(catalog.relations(null, "t_4999")).containsExactly("t_4999");
            long firstMillis = (System.nanoTime() - first) / 1_000_000;
            long worst = 0;
            long total = 0;
            int lookups = 0;
            for (String prefix : List.of("", "t", "t_1", "t_12", "t_123", "t_1234", "t_4")) {
                long started = System.nanoTime();
                List<String> tables = catalog.relations(null, prefix);
                List<String> columns = catalog.columns(List.of("t_1234", "t_17"), "");
                long nanos = System.nanoTime() - started;
                worst = Math.max(worst, nanos);
                total += nanos;
                lookups++;
                assertThat(tables).hasSizeLessThanOrEqualTo(CompletionCatalog.LIMIT).isNotEmpty();
                assertThat(columns).contains("id", "name_1234", "name_17", "created_at");
            }
            System.out.printf("completion on 5000 tables: first Tab (connects) %d ms, then tables+columns "
                    + "average %.1f ms, worst %.1f ms%n", firstMillis, total / 1e6 / lookups, worst / 1e6);
        }
        assertThat(host.executed).isEmpty();
    }
}
