package dev.ride.sandbox;

import dev.ride.testing.TestSandboxes;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Database names reach the server as typed, even with characters that mean something in a URL. */
class SandboxUrlTest {

    @Test
    void databaseNameWithUrlCharactersIsEncoded() throws Exception {
        Sandbox sandbox = TestSandboxes.shared();
        String name = "odd/name?x=1 %";
        try (Connection admin = sandbox.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + name + "\"");
            s.execute("CREATE DATABASE \"" + name + "\"");
        }
        assertThat(sandbox.jdbcUrl(name)).doesNotContain("?x=");
        try (Connection c = sandbox.connect(name); ResultSet rs = c.createStatement().executeQuery("select current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(name);
        }
        try (Connection admin = sandbox.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE \"" + name + "\"");
        }
    }
}
