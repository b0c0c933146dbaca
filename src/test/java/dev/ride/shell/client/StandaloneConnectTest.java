package dev.ride.shell.client;

import dev.ride.sandbox.Sandbox;
import dev.ride.shell.ConnectTarget;
import dev.ride.shell.ScriptShell;
import dev.ride.shell.ShellSession;
import dev.ride.testing.TestSandboxes;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code \c dbname user host port} in the standalone client, on a real server, with psql 15 as the
 * oracle: the same input through both must print the same messages (psql's rules for {@code -},
 * reuse, and when the host and port are named); a server name registered in {@link HostAliases}
 * connects to its address and is named as typed.
 */
class StandaloneConnectTest {

    private static Sandbox sandbox;
    private static String database;

    @TempDir
    static Path workDir;

    @BeforeAll
    static void prepare() throws Exception {
        sandbox = TestSandboxes.shared();
        database = TestSandboxes.newDatabase("connect");
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS regress_connect_other");
            s.execute("CREATE ROLE regress_connect_other LOGIN PASSWORD '" + sandbox.password() + "'");
        }
    }

    private record Run(String stdout, String stderr, int exitCode) {
    }

    @Test
    void connectReusesWhatIsNotGivenAsPsqlDoes() throws Exception {
        String port = String.valueOf(sandbox.port());
        String input = String.join("\n",
                "\\c postgres",
                "\\c - - 127.0.0.1",
                "\\c - - - " + port,
                "select current_database(), current_user;",
                "\\c " + database + " regress_connect_other",
                "select current_database(), current_user;",
                "\\c - " + sandbox.user() + " 127.0.0.1 " + port,
                "\\conninfo",
                "\\c -reuse-previous=on " + database,
                "\\set QUIET on",
                "\\c postgres",
                "\\set QUIET off",
                "\\c - nosuchrole_for_connect",
                "select 'not reached';", "");
        Run psql = psql(input);
        Run ride = ride(input, Map.of());
        assertThat(ride.stdout()).isEqualTo(psql.stdout())
                .contains("You are now connected to database \"postgres\" as user \"" + sandbox.user() + "\".\n")
                .contains("on host \"127.0.0.1\" at port \"" + port + "\".")
                .contains("as user \"regress_connect_other\".")
                .doesNotContain("not reached");
        assertThat(ride.exitCode()).isEqualTo(psql.exitCode()).isEqualTo(2);
        // libpq and pgjdbc word the refusal differently; the first words are psql's
        assertThat(ride.stderr()).startsWith("\\connect: connection to server at \"127.0.0.1\", port " + port + " failed: ");
        assertThat(psql.stderr()).startsWith("\\connect: connection to server at \"127.0.0.1\", port " + port + " failed: ");
    }

    @Test
    void aServerNameConnectsToItsAddressAndPort() throws Exception {
        Run ride = ride("\\c - - standby\nselect 1 as one;\n\\conninfo\n", Map.of("standby", sandbox.port()));
        assertThat(ride.stderr()).isEmpty();
        assertThat(ride.stdout()).isEqualTo("You are now connected to database \"" + database + "\" as user \""
                + sandbox.user() + "\" on host \"standby\" (address \"127.0.0.1\") at port \"" + sandbox.port() + "\".\n"
                + " one \n-----\n   1\n(1 row)\n\n"
                + "You are connected to database \"" + database + "\" as user \"" + sandbox.user()
                + "\" on host \"standby\" (address \"127.0.0.1\") at port \"" + sandbox.port() + "\".\n");
    }

    private static Run psql(String input) throws Exception {
        Path in = workDir.resolve("input.sql");
        Path out = workDir.resolve("psql.out");
        Path err = workDir.resolve("psql.err");
        Files.writeString(in, input);
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/psql", "-X", "-h", "127.0.0.1", "-p",
                String.valueOf(sandbox.port()), "-U", sandbox.user(), "-d", database)
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("PGPASSWORD", sandbox.password());
        builder.environment().put("LC_ALL", "C.UTF-8");
        int exit = builder.start().waitFor();
        return new Run(Files.readString(out), Files.readString(err), exit);
    }

    /** @param aliases server names and their ports on 127.0.0.1 */
    private static Run ride(String input, Map<String, Integer> aliases) throws Exception {
        ClientParameters parameters = new ClientParameters(new ConnectTarget(database, sandbox.user(), "127.0.0.1",
                String.valueOf(sandbox.port())), sandbox.password(), null);
        StandaloneHost host = new StandaloneHost(parameters, null, null, false, true);
        aliases.forEach((name, port) -> host.hostAliases().register(name, "127.0.0.1", port));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
        int exit;
        try (ShellSession session = new ShellSession(host, database, outWriter, errWriter)) {
            exit = new ScriptShell(session).run(new BufferedReader(new StringReader(input)));
        }
        outWriter.flush();
        errWriter.flush();
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit);
    }
}
