package dev.ride.shell.client;

import dev.ride.shell.ConnectTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** libpq's rules for where {@code ride psql} connects: URIs, conninfo, PG* variables, ~/.pgpass. */
class ClientParametersTest {

    @TempDir
    Path dir;

    private static Map<String, String> given(String dbname, String user, String host, String port) {
        Map<String, String> given = new HashMap<>();
        given.put("dbname", dbname);
        given.put("user", user);
        given.put("host", host);
        given.put("port", port);
        return given;
    }

    @Test
    void defaultsAreTheSystemUserOnLocalhost() {
        ClientParameters p = ClientParameters.resolve(given(null, null, null, null), Map.of(), "alice");
        assertThat(p.target()).isEqualTo(new ConnectTarget("alice", "alice", "localhost", "5432"));
        assertThat(p.password()).isNull();
        assertThat(p.options()).isNull();
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        Map<String, String> env = Map.of("PGHOST", "db1", "PGPORT", "6000", "PGUSER", "bob", "PGDATABASE", "shop",
                "PGPASSWORD", "pw", "PGOPTIONS", "-c intervalstyle=postgres_verbose");
        ClientParameters fromEnv = ClientParameters.resolve(given(null, null, null, null), env, "alice");
        assertThat(fromEnv.target()).isEqualTo(new ConnectTarget("shop", "bob", "db1", "6000"));
        assertThat(fromEnv.password()).isEqualTo("pw");
        assertThat(fromEnv.options()).isEqualTo("-c intervalstyle=postgres_verbose");
        ClientParameters given = ClientParameters.resolve(given("orders", "carol", "127.0.0.1", "5433"), env, "alice");
        assertThat(given.target()).isEqualTo(new ConnectTarget("orders", "carol", "127.0.0.1", "5433"));
    }

    @Test
    void aUriInPlaceOfTheDatabaseNameGivesEveryPart() {
        ClientParameters p = ClientParameters.resolve(
                given("postgresql://u%40x:s%3Acret@[::1]:5444/my%20db?options=-c%20work_mem%3D1MB", null, "h", null),
                Map.of(), "alice");
        assertThat(p.target()).isEqualTo(new ConnectTarget("my db", "u@x", "::1", "5444"));
        assertThat(p.password()).isEqualTo("s:cret");
        assertThat(p.options()).isEqualTo("-c work_mem=1MB");
    }

    @Test
    void aConninfoStringTakesQuotedValues() {
        ClientParameters p = ClientParameters.resolve(given("host=db2 dbname='my db' user = x port=7", null, null, null),
                Map.of(), "alice");
        assertThat(p.target().host()).isEqualTo("db2");
        assertThat(p.target().database()).isEqualTo("my db");
        assertThat(p.target().user()).isEqualTo("x");
        assertThat(p.target().port()).isEqualTo("7");
        assertThatThrownBy(() -> ConnInfo.parse("host")).hasMessage("missing \"=\" after \"host\" in connection info string");
        assertThatThrownBy(() -> ConnInfo.parse("dbname='open")).hasMessageContaining("unterminated quoted string");
        assertThat(ConnInfo.parse("dbname='a\\'b'")).containsEntry("dbname", "a'b");
    }

    @Test
    void thePasswordFileMatchesTheFirstLineWithWildcardsAndEscapes() throws IOException {
        Path file = dir.resolve("pgpass");
        Files.writeString(file, "# comment\nother:5432:*:*:no\n127.0.0.1:5433:*:bob:first\n*:*:*:*:any\\:thing\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        List<String> warnings = new ArrayList<>();
        PgPass pgpass = new PgPass(file, warnings::add);
        assertThat(pgpass.lookup("127.0.0.1", "5433", "db", "bob")).isEqualTo("first");
        assertThat(pgpass.lookup("127.0.0.1", "5434", "db", "bob")).isEqualTo("any:thing");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aPasswordFileOthersCanReadIsIgnoredWithLibpqsWarning() throws IOException {
        Path file = dir.resolve("pgpass");
        Files.writeString(file, "*:*:*:*:secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> warnings = new ArrayList<>();
        assertThat(new PgPass(file, warnings::add).lookup("h", "1", "d", "u")).isNull();
        assertThat(warnings).containsExactly("WARNING: password file \"" + file
                + "\" has group or world access; permissions should be u=rw (0600) or less");
        assertThat(new PgPass(dir.resolve("missing"), warnings::add).lookup("h", "1", "d", "u")).isNull();
    }
}
