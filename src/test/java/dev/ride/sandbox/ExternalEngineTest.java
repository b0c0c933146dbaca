package dev.ride.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
