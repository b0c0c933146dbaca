package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.sandbox.Sandbox;
import dev.ride.testing.TestSandboxes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ride psql} beside psql 15, both run without a terminal ({@code setsid}: no /dev/tty, so
 * psql's prompts read stdin and write stderr) on the same script, stdin and environment:
 * {@code \e}, {@code \ef} and {@code \ev} with a tiny editor script as $PSQL_EDITOR,
 * {@code \prompt}, {@code \password}, {@code \s}, and the describe commands {@code \dx+},
 * {@code \det}, {@code \deu}, {@code \dRp+} and {@code \dl}. Output and exit status must be the same.
 */
class PsqlEditPromptDescribeIT {

    private static Sandbox sandbox;
    private static String database;

    @TempDir
    static Path dir;

    @BeforeAll
    static void prepare() throws Exception {
        sandbox = TestSandboxes.shared();
        database = TestSandboxes.newDatabase("psqledit");
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement()) {
            s.execute("create function f(a int) returns int language sql as $$ select a + 1 $$");
            s.execute("create function g() returns int language sql begin atomic select 1; end");
            s.execute("create view v as select 1 as one");
            s.execute("create table tt(a int)");
            s.execute("create foreign data wrapper edit_fdw options (debug 'true')");
            s.execute("create server edit_srv foreign data wrapper edit_fdw options (host 'x')");
            s.execute("create user mapping for current_user server edit_srv options (user 'bob', password 'pw')");
            s.execute("create user mapping for public server edit_srv");
            s.execute("create foreign table ft1 (a int) server edit_srv options (table_name 'remote')");
            s.execute("comment on foreign table ft1 is 'a foreign one'");
            s.execute("create schema s2; create table s2.p1(a int primary key, b text); create table pt(a int, b text)");
            s.execute("create publication edit_pub1 for table pt (a, b) where (a > 1), table s2.p1");
            s.execute("create publication edit_pub2 for tables in schema s2 with (publish = 'insert')");
            s.execute("create publication edit_puball for all tables");
            s.execute("create publication edit_empty");
            s.execute("select lo_create(4242), lo_create(4343)");
            s.execute("comment on large object 4242 is 'big one'");
        }
        // an editor that says how it was called and appends $EDIT_APPEND to the file
        Path editor = dir.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\nfor last; do :; done\necho \"editor args: $*\" >&2\n"
                + "printf '%s\\n' \"$EDIT_APPEND\" >> \"$last\"\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
    }

    private record Run(String stdout, String stderr, int exitCode) {
    }

    private List<String> env(String... more) {
        List<String> env = new ArrayList<>(List.of("PGHOST=127.0.0.1", "PGPORT=" + sandbox.port(),
                "PGUSER=" + sandbox.user(), "PGPASSWORD=" + sandbox.password(), "PGDATABASE=" + database,
                "TMPDIR=" + dir, "PSQL_EDITOR=" + dir.resolve("editor.sh")));
        env.addAll(List.of(more));
        return env;
    }

    /** SQL run before each of the two programs, so that both start from the same state. */
    private interface Setup {
        void run() throws Exception;
    }

    /** Runs the script {@code name} with {@code stdin} through psql and ride psql; both must agree. */
    private Run same(String name, String script, String stdin, List<String> env) throws Exception {
        return same(name, script, stdin, env, () -> { });
    }

    private Run same(String name, String script, String stdin, List<String> env, Setup before) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, script);
        Files.writeString(dir.resolve("edit_me.sql"), "select 5 as five;\n");
        before.run();
        Run psql = run(List.of("/usr/bin/psql"), stdin, env, "-X", "-f", file.toString());
        Files.writeString(dir.resolve("edit_me.sql"), "select 5 as five;\n");
        before.run();
        Run ride = run(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dride.home=" + RideProcess.projectDir(), "-jar", RideProcess.jar().toString(), "psql"),
                stdin, env, "-X", "-f", file.toString());
        assertThat(ride.stdout()).as("stdout of " + name).isEqualTo(psql.stdout());
        assertThat(ride.stderr()).as("stderr of " + name).isEqualTo(psql.stderr());
        assertThat(ride.exitCode()).as("exit status of " + name).isEqualTo(psql.exitCode());
        return ride;
    }

    @Test
    void editTheBufferAFileAndRecallThePreviousQuery() throws Exception {
        String script = """
                select 1 as a
                \\e
                \\p
                select 2 as b;
                \\e
                \\p
                \\r
                \\e 3
                \\e nonexist.sql
                \\e edit_me.sql
                \\e edit_me.sql 0
                \\e edit_me.sql x
                \\e 2 3
                """;
        Run ride = same("edit.sql", script, "", env("EDIT_APPEND=, 2 as b"));
        assertThat(ride.stderr()).contains("editor args: " + dir + "/psql.edit.");
        same("edit_line.sql", script, "", env("EDIT_APPEND=;", "PSQL_EDITOR_LINENUMBER_ARG=--line="));
        same("edit_unchanged.sql", "select 3 as c;\n\\e\n\\p\nselect 4 as d\n\\e\n\\p\n", "", env("PSQL_EDITOR=true"));
    }

    @Test
    void editFunctionAndViewDefinitions() throws Exception {
        String script = """
                \\ef f
                \\ef f 2
                \\ef g 1
                \\ef f(int) 0
                \\ef nosuch
                \\ef f(text)
                \\ev v
                \\ev v 1
                \\ev tt
                \\ev nosuch
                \\ef
                \\p
                \\ev
                \\p
                select f(1), * from v;
                """;
        same("ef.sql", script, "", env("EDIT_APPEND=;", "PSQL_EDITOR_LINENUMBER_ARG=+"));
        same("ef_unchanged.sql", script, "", env("PSQL_EDITOR=true"));
        same("ef_failing.sql", script, "", env("PSQL_EDITOR=false"));
    }

    @Test
    void promptReadsStandardInputWhileAFileRunsAndHistoryNeedsATerminal() throws Exception {
        same("prompt.sql", """
                \\prompt 'Your name: ' who
                \\echo [:who]
                \\prompt n2
                \\echo [:n2]
                \\prompt
                \\prompt 'x' 'bad name'
                \\prompt 'last: ' n3
                \\echo [:n3]
                \\s
                \\s history.txt
                \\echo end
                """, "alice\nbob\nval\n", env());
    }

    @Test
    void passwordIsAskedTwiceAndOnlyItsVerifierReachesTheServer() throws Exception {
        String role = "edit_pw_" + ProcessHandle.current().pid();
        String password = "pw-" + UUID.randomUUID();
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement()) {
            s.execute("create role " + role + " login");
        }
        String script = "\\password " + role + "\n\\password " + role + "\n\\password nosuch_role_x\n"
                + "\\set ON_ERROR_STOP 1\n\\password \"" + role.toUpperCase() + "\"\n";
        // no terminal: psql's simple_prompt reads the answers from stdin, its prompts go to stderr
        same("password.sql", script, password + "\n" + password + "\nabc\nabd\nx\nx\n", env());
        try (Connection c = DriverManager.getConnection(sandbox.jdbcUrl(database), role, password);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("select current_user")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo(role);
        }
        try (Connection c = sandbox.connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select rolpassword from pg_authid where rolname = '" + role + "'")) {
            r.next();
            assertThat(r.getString(1)).startsWith("SCRAM-SHA-256$4096:");
        }
    }

    @Test
    void describeExtensionsForeignTablesUserMappingsPublicationsAndLargeObjects() throws Exception {
        same("describe.sql", """
                \\dx+
                \\dx+ plpgsql
                \\dx+ nosuch
                \\det
                \\det+
                \\det+ ft*
                \\det nosuch
                \\deu
                \\deu+
                \\deu+ public
                \\deu+ edit_srv
                \\dRp edit_*
                \\dRp+ edit_*
                \\dRp+ edit_pub2
                \\dRp+ nosuch
                \\dl
                \\dl+
                \\lo_list
                \\lo_list+
                \\dl x
                \\lo_list a b c
                \\set QUIET on
                \\dRp+ nosuch
                \\dx+ nosuch
                \\pset format unaligned
                \\dRp+ edit_pub1
                \\x
                \\dRp+ edit_pub1
                \\dx+ plpgsql
                """, "", env());
    }

    @Test
    void largeObjectsImportExportAndUnlink() throws Exception {
        String lo = TestSandboxes.newDatabase("psqllo");
        Files.write(dir.resolve("lo.txt"), new byte[] {'h', 'i', 0, '!', '\n'});
        Setup fresh = () -> {
            try (Connection c = sandbox.connect(lo); Statement s = c.createStatement()) {
                s.execute("select lo_unlink(oid) from pg_largeobject_metadata");
                s.execute("select lo_create(4242), lo_create(4343)");
                s.execute("select lo_put(4242, 0, '\\x616263006465'::bytea)");
            }
            Files.deleteIfExists(dir.resolve("out1.txt"));
        };
        Run ride = same("lo.sql", """
                \\lo_import lo.txt
                select :'LASTOID' <> '' as has_lastoid;
                \\lo_import lo.txt 'it''s a comment'
                \\lo_import nofile.txt
                \\lo_import
                \\lo_export 4242 out1.txt
                \\lo_export 999999 out2.txt
                \\lo_export 4242
                \\lo_export 4242 /nonexistent/dir/x.txt
                \\lo_unlink 999999
                \\lo_unlink
                \\lo_unlink 4343
                begin;
                select 1/0;
                \\lo_unlink 4242
                rollback;
                \\set QUIET on
                \\lo_import lo.txt
                select encode(lo_get(oid), 'hex') as data, obj_description(oid, 'pg_largeobject') as comment
                  from pg_largeobject_metadata where oid <> 4242 order by data, comment;
                """, "", env("PGDATABASE=" + lo), fresh);
        assertThat(ride.stdout()).contains("lo_export", "lo_unlink 4343", "686900210a | it's a comment");
        assertThat(Files.readAllBytes(dir.resolve("out1.txt"))).containsExactly('a', 'b', 'c', 0, 'd', 'e');
    }

    /** Runs {@code command} without a controlling terminal, as psql would run from cron. */
    private static Run run(List<String> command, String stdin, List<String> env, String... options)
            throws IOException, InterruptedException, SQLException {
        List<String> full = new ArrayList<>(List.of("setsid", "--wait"));
        full.addAll(command);
        full.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile());
        builder.environment().put("XDG_DATA_HOME", RideProcess.scratchHome().resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", RideProcess.scratchHome().resolve("state").toString());
        builder.environment().put("LC_ALL", "C.UTF-8");
        for (String e : env) {
            int eq = e.indexOf('=');
            builder.environment().put(e.substring(0, eq), e.substring(eq + 1));
        }
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = builder.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish; stderr:\n" + Files.readString(err));
        }
        String stderr = Files.readString(err).replaceAll("psql\\.edit\\.\\d+\\.sql", "psql.edit.PID.sql");
        // a new large object's oid differs from run to run
        String stdout = Files.readString(out).replaceAll("lo_import \\d+", "lo_import N");
        return new Run(stdout, stderr, p.exitValue());
    }
}
