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
            "edits: pooler"                         | "edits: bouncer"                      | "edits 'bouncer', which is neither a server (primary) nor the pooler ('pooler')"
            "database: two"                         | "database: three"                     | "needs database: one of [one, two]"
            "session: {pool_mode: session, pool_size: 6}" | "session: {pool_mode: sessions}" | "pool_mode 'sessions' must be session, transaction or statement"
            "session: {pool_mode: session, pool_size: 6}" | "session: {server_reset_query: x}" | "'server_reset_query' is not a per-database setting of PgBouncer"
            "      session: {pool_mode: session, pool_size: 6}\\n" | ""                   | "needs at least two options"
            "    about: pool_mode of the database two in pgbouncer.ini\\n" | ""             | "needs about"
            """)
    void rejectsABrokenChoice(String find, String replace, String reason) throws IOException {
        ManifestCases.assertRejected(dir, ManifestCases.edit(CHOICES, find, replace), "stage-00/choices", reason);
    }

    static final String HBA_CHOICE = TopologySpecsTest.FORMAT_2 + """
            choices:
              - name: reporting-access
                about: a rule for the reporting role in pg_hba.conf of the primary
                edits: primary
                options:
                  open: {hba: []}
                  closed:
                    hba:
                      - host all reporting all reject
                      - hostnossl two,one +readers all scram-sha-256
            """;

    @Test
    void readsAChoiceOfAServersPgHba() throws IOException {
        Scenario scenario = load(HBA_CHOICE);
        ConfigChoice c = scenario.topology().choice("reporting-access").orElseThrow();
        // one server with a choice runs as a topology, whose :action makes it
        assertThat(scenario.topology().isSingleServer()).isFalse();
        assertThat(ScenarioFiles.declaresTopology(dir.resolve("scenario"))).isTrue();
        assertThat(scenario.actions()).contains(dev.ride.sandbox.OperatorAction.CHOOSE, dev.ride.sandbox.OperatorAction.RELOAD_CONFIG);

        assertThat(c.editsHba()).isTrue();
        assertThat(c.edits()).isEqualTo("primary");
        assertThat(c.start()).isEqualTo("open");
        assertThat(c.hbaLines("open")).isEmpty();
        assertThat(c.hbaLines("closed"))
                .containsExactly("host all reporting all reject", "hostnossl two,one +readers all scram-sha-256");
    }

    /** Every bad line is named by the scenario file's line of that element (file:line), found here by its text. */
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "host all reporting all reject" | "local all reporting reject"             | "local all"     | "option 'closed': 'local' rules never match"
            "host all reporting all reject" | "hostssl all reporting all reject"       | "hostssl"       | "option 'closed': 'hostssl' is not a connection type"
            "host all reporting all reject" | "host all reporting all"                 | "host all"      | "option 'closed': a host line has five fields"
            "host all reporting all reject" | "host all reporting 127.0.0.1/32 reject" | "127.0.0.1"     | "option 'closed': the address must be 'all'"
            "host all reporting all reject" | "host all reporting all ident"           | "ident"         | "option 'closed': method 'ident' is not one of"
            "host all reporting all reject" | "host all @users all reject"             | "@users"        | "option 'closed': the database and user fields"
            "hostnossl two,one +readers all scram-sha-256" | "'host all all all md5 # comment'" | "# comment" | "option 'closed': a pg_hba.conf line is one rule"
            "hostnossl two,one +readers all scram-sha-256" | "host all all all md5 clientcert" | "clientcert" | "option 'closed': 'clientcert' after the method is not an option"
            "open: {hba: []}"               | "open: {hba: host all all all trust}"    | "open:"         | "hba: is a list of pg_hba.conf lines"
            "open: {hba: []}"               | "open: {pool_mode: session}"             | "open:"         | "an option of a server's choice is {hba: [LINE, ...]}"
            "edits: primary"                | "edits: primary\\n    database: two"    | "database: two" | "choice 'reporting-access' edits pg_hba.conf of server 'primary': database: is for a pooler choice"
            "      open: {hba: []}\\n"     | ""                                       | "options:"      | "choice 'reporting-access' needs at least two options"
            """)
    void rejectsABrokenHbaChoiceAtItsLine(String find, String replace, String lineText, String reason) throws IOException {
        String yaml = HBA_CHOICE.replace(find.replace("\\n", "\n"), replace.replace("\\n", "\n"));
        assertThat(yaml).as("the case changes the manifest").isNotEqualTo(HBA_CHOICE);
        int line = 1 + (int) yaml.substring(0, yaml.indexOf(lineText)).chars().filter(c -> c == '\n').count();

        ManifestCases.assertRejectedAt(dir, yaml, "stage-00/choices", line, reason);
    }

    private Scenario load(String yaml) throws IOException {
        return ManifestCases.load(dir, yaml, "stage-00/choices");
    }
}
