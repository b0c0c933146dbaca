package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.ride.sandbox.ConfigChoice;

/** {@code choices:} of scenario.yaml: configuration choices the learner makes with {@code :action choose}. */
class ConfigChoicesTest {

    static final String CHOICES = TopologySpecsTest.FORMAT_2 + """
            pooler:
              pool_mode: transaction
              default_pool_size: 3
            choices:
              - name: two-pool-mode
                about: pool_mode of the database two in pgbouncer.ini
                edits: pooler
                database: two
                options:
                  transaction: {pool_mode: transaction}
                  session: {pool_mode: session, pool_size: 6}
            """;

    @TempDir
    Path dir;

    @Test
    void readsAChoiceWithItsStartFirst() throws IOException {
        ConfigChoice c = load(CHOICES).topology().choice("two-pool-mode").orElseThrow();

        assertThat(c.edits()).isEqualTo("pooler");
        assertThat(c.database()).isEqualTo("two");
        assertThat(c.start()).isEqualTo("transaction");
        assertThat(c.options().keySet()).containsExactly("transaction", "session");
        assertThat(c.option("session")).contains(Map.of("pool_mode", "session", "pool_size", "6"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "transaction: {pool_mode: transaction}" | "transaction: {pool_mode: session}"  | "starts with pool_mode session but pooler: sets transaction"
            "edits: pooler"                         | "edits: primary"                      | "choices of pg_hba.conf are not built yet"
            "edits: pooler"                         | "edits: bouncer"                      | "edits 'bouncer', which is not the pooler ('pooler')"
            "database: two"                         | "database: three"                     | "needs database: one of [one, two]"
            "session: {pool_mode: session, pool_size: 6}" | "session: {pool_mode: sessions}" | "pool_mode 'sessions' must be session, transaction or statement"
            "session: {pool_mode: session, pool_size: 6}" | "session: {server_reset_query: x}" | "'server_reset_query' is not a per-database setting of PgBouncer"
            "      session: {pool_mode: session, pool_size: 6}\\n" | ""                   | "needs at least two options"
            "    about: pool_mode of the database two in pgbouncer.ini\\n" | ""             | "needs about"
            """)
    void rejectsABrokenChoice(String find, String replace, String reason) throws IOException {
        ManifestCases.assertRejected(dir, ManifestCases.edit(CHOICES, find, replace), "stage-00/choices", reason);
    }

    private Scenario load(String yaml) throws IOException {
        return ManifestCases.load(dir, yaml, "stage-00/choices");
    }
}
