package dev.ride.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioFingerprint;
import dev.ride.scenario.ScenarioInstaller;
import dev.ride.scenario.TinyScenario;
import dev.ride.testing.TestSandboxes;

/** The external engine against a real server (the shared embedded one). */
class ExternalEngineTest {

    private final Sandbox server = TestSandboxes.shared();

    @Test
    void connectsWithCredentialsFromTheUrlAndLeavesTheServerRunningOnClose() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?user=" + server.user()
                + "&password=" + server.password() + "&sslmode=disable";
        ExternalSandbox sandbox = new ExternalEngine(url, Map.of()).start("ignored");

        assertThat(sandbox.engine()).isEqualTo("external");
        assertThat(sandbox.port()).isEqualTo(server.port());
        assertThat(sandbox.jdbcUrl("tenant_a")).isEqualTo(
                "jdbc:postgresql://127.0.0.1:" + server.port() + "/tenant_a?sslmode=disable");
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_user")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(server.user());
        }
        sandbox.close();
        assertThat(server.isAlive()).isTrue();
        assertThat(sandbox.isAlive()).isTrue();
    }

    @Test
    void aSecondDrillOnTheSameServerStartsFromWhatTheFirstLeft(@TempDir Path dir) throws Exception {
        Scenario scenario = TinyScenario.load(TinyScenario.write(dir, "ride_it_external",
                "CREATE TABLE made AS SELECT random()::text AS r;\n"));
        String fingerprint = ScenarioFingerprint.of(scenario);
        AtomicInteger installs = new AtomicInteger();
        PreparedState state = new PreparedState(fingerprint, started -> {
            installs.incrementAndGet();
            ScenarioInstaller.install(started, scenario, fingerprint);
        });
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?user=" + server.user()
                + "&password=" + server.password();
        ScenarioInstaller.uninstall(server, scenario);
        try {
            List<String> made = new ArrayList<>();
            for (int run = 0; run < 2; run++) {
                try (Sandbox drill = new ExternalEngine(url, Map.of()).start("ignored", state)) {
                    made.add(firstValue(drill, "ride_it_external", "SELECT r FROM made"));
                    firstValue(drill, "ride_it_external", "INSERT INTO made VALUES ('learner') RETURNING r");
                }
            }
            assertThat(installs).as("the external engine keeps nothing: it installs on every start").hasValue(2);
            assertThat(made.get(1)).as("the second start copied the first one's templates").isEqualTo(made.get(0));
        } finally {
            ScenarioInstaller.uninstall(server, scenario);
        }
    }

    private static String firstValue(Sandbox sandbox, String db, String sql) throws Exception {
        try (Connection c = sandbox.connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void takesUserAndPasswordFromPgEnvironmentWhenTheUrlHasNone() {
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
        ExternalSandbox sandbox = new ExternalEngine(url, Map.of("PGUSER", server.user(), "PGPASSWORD", server.password()))
                .start("ignored");

        assertThat(sandbox.user()).isEqualTo(server.user());
        assertThat(sandbox.isAlive()).isTrue();
    }

    @Test
    void wrongPasswordIsOneSentenceNamingTheServer() {
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?user=postgres&password=wrong";

        assertThatThrownBy(() -> new ExternalEngine(url, Map.of()).start("ignored"))
                .isInstanceOf(SandboxException.class)
                .hasMessageStartingWith("Cannot connect to 127.0.0.1:" + server.port() + "/postgres as postgres:");
    }

    @Test
    void rejectsWhatIsNotAPostgresJdbcUrl() {
        assertThatThrownBy(() -> new ExternalEngine("postgresql://localhost/db", Map.of()).start("x"))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("Not a PostgreSQL JDBC URL");
    }

    @Test
    void connectionStringEscapesOddCredentials() {
        ExternalSandbox sandbox = new ExternalEngine("jdbc:postgresql://db.example:6543/app?user=a%40b&password=p%2Fw%20x",
                Map.of()).parse();

        assertThat(sandbox.user()).isEqualTo("a@b");
        assertThat(sandbox.password()).isEqualTo("p/w x");
        assertThat(sandbox.connectionString("tenant_a")).isEqualTo("postgresql://a%40b:p%2Fw%20x@db.example:6543/tenant_a");
    }
}
