package dev.ride.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import dev.ride.testing.TestSandboxes;

/** The fixture other packages' tests rely on. */
class TestSandboxesTest {

    @Test
    void sharesOneServerPerTestJvm() {
        assertThat(TestSandboxes.shared()).isSameAs(TestSandboxes.shared());
        assertThat(TestSandboxes.shared().isAlive()).isTrue();
    }

    @Test
    void newDatabaseIsFreshAndHasPgStatStatements() throws Exception {
        String first = TestSandboxes.newDatabase("Fixture");
        String second = TestSandboxes.newDatabase("Fixture");

        assertThat(first).isNotEqualTo(second).startsWith("fixture_");
        try (Connection c = TestSandboxes.shared().connect(first); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_extension where extname = 'pg_stat_statements'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
