package dev.ride.e2e;

import dev.ride.sandbox.Sandbox;
import dev.ride.testing.TestSandboxes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ride psql} as a whole process against a real server, beside psql 15 with the same
 * options, environment and input: the command-line options, connection URIs, the PG* variables
 * and the password file must give the same output and exit status.
 */
class PsqlCommandIT {

    private static Sandbox sandbox;
    private static String database;

    @TempDir
    static Path dir;

    @BeforeAll
    static void prepare() throws Exception {
        sandbox = TestSandboxes.shared();
        database = TestSandboxes.newDatabase("psqlcmd");
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement()) {
            s.execute("create table t(id int, name text); insert into t values (1, 'one'), (2, null), (3, 'a|b')");
        }
        Files.writeString(dir.resolve("script.sql"), "select count(*) from t;\n\\echo :v1\nselect 1/0;\nselect 'after';\n");
    }

    private record Run(String stdout, String stderr, int exitCode) {
    }

    private List<String> env() {
        return List.of("PGHOST=127.0.0.1", "PGPORT=" + sandbox.port(), "PGUSER=" + sandbox.user(),
                "PGPASSWORD=" + sandbox.password(), "PGDATABASE=" + database);
    }

    private void same(String stdin, List<String> env, String... options) throws Exception {
        Run psql = psql(stdin, env, options);
        RideProcess.Result ride = RideProcess.run(stdin, env, withPsql(options));
        String what = String.join(" ", options);
        assertThat(ride.stdout()).as("stdout of " + what).isEqualTo(psql.stdout());
        assertThat(ride.stderr()).as("stderr of " + what).isEqualTo(psql.stderr());
        assertThat(ride.exitCode()).as("exit status of " + what).isEqualTo(psql.exitCode());
    }

    private static String[] withPsql(String... options) {
        List<String> args = new ArrayList<>(List.of("psql"));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    @Test
    void commandsFilesAndVariablesInOrder() throws Exception {
        same("", env(), "-X", "-c", "select * from t order by id", "-v", "v1=hello", "-f", dir.resolve("script.sql").toString(),
                "-c", "\\echo :v1");
        same("", env(), "-X", "-v", "ON_ERROR_STOP=1", "-v", "v1=x", "-f", dir.resolve("script.sql").toString());
        same("", env(), "-X", "-q", "-c", "create temp table q(a int)", "-c", "insert into q values (1)");
    }

    @Test
    void printOptions() throws Exception {
        same("", env(), "-X", "-A", "-t", "-c", "select * from t order by id");
        same("", env(), "-X", "-A", "-F", ";", "-R", "#", "-c", "select * from t order by id");
        same("", env(), "-X", "--csv", "-c", "select * from t order by id");
        same("", env(), "-X", "-x", "-P", "null=(null)", "-c", "select * from t order by id");
        same("", env(), "-X", "-P", "border=2", "-P", "footer=off", "-c", "select * from t order by id");
    }

    @Test
    void stdinAsAScriptWithEcho() throws Exception {
        same("select 1 as a;\n\n-- note\nselect 2 as b;\n", env(), "-X", "-a");
        same("select 1 as a;\nselect 1/0;\n", env(), "-X", "-e");
        same("select 1 as a;\nselect 1/0;\n", env(), "-X", "-b");
    }

    @Test
    void connectionFromArgumentsUrisAndThePasswordFile() throws Exception {
        String port = String.valueOf(sandbox.port());
        List<String> noPassword = List.of("PGHOST=127.0.0.1", "PGPORT=" + port);
        String uri = "postgresql://" + sandbox.user() + ":" + sandbox.password() + "@127.0.0.1:" + port + "/" + database;
        same("", noPassword, "-X", "-d", uri, "-c", "select current_database() = '" + database + "' as ok");
        same("", noPassword, "-X", uri, "-c", "select 1 as one");
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + port + ":*:" + sandbox.user() + ":" + sandbox.password() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        List<String> withFile = new ArrayList<>(noPassword);
        withFile.add("PGPASSFILE=" + pgpass);
        same("", withFile, "-X", "-w", "-U", sandbox.user(), database, "-c", "select 2 as two");
        same("", withFile, "-X", "-w", "-h", "127.0.0.1", "-p", port, "-c", "\\conninfo", database, sandbox.user());
    }

    @Test
    void aSingleTransaction() throws Exception {
        same("", env(), "-X", "-1", "-c", "create temp table one_tx(a int)", "-c", "insert into one_tx values (1)",
                "-c", "select count(*) from one_tx");
        same("", env(), "-X", "-1", "-v", "ON_ERROR_STOP=1", "-c", "select 1/0", "-c", "select 2");
    }

    private static Run psql(String stdin, List<String> env, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/psql"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        for (String e : env) {
            int eq = e.indexOf('=');
            builder.environment().put(e.substring(0, eq), e.substring(eq + 1));
        }
        builder.environment().put("LC_ALL", "C.UTF-8");
        Path out = dir.resolve("psql.out");
        Path err = dir.resolve("psql.err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = builder.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        p.waitFor(60, TimeUnit.SECONDS);
        return new Run(Files.readString(out), Files.readString(err), p.exitValue());
    }
}
