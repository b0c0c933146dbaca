package dev.ride.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ride.sandbox.Sandbox;
import dev.ride.shell.RecordingHost;
import dev.ride.shell.ShellSession;
import dev.ride.testing.TestSandboxes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and adversarial backslash and ':' command lines through the whole shell (splitter, the
 * meta-command argument lexer and every handler in the command table) against a real server: no
 * exception escapes, nothing hangs, no stack trace is printed, and the session still runs SQL.
 */
class MetaCommandFuzzTest {

    private static final List<String> NAMES = List.of("q", "quit", "g", "gx", "p", "print", "r", "reset", "echo",
            "i", "include", "ir", "a", "pset", "t", "x", "c", "connect", "conninfo", "d", "d+", "dt", "dt+", "di",
            "dn", "l", "l+", "timing", "?", "h", "foo", "", "\\", "dS+", "z", "set");
    // Not \o or \copy: their arguments are file names, so random lines would redirect the probe's
    // output away and leave files named like '"' in the working tree. The golden corpus covers both.
    // Not \! or \w either: \! runs its line in /bin/sh (random words such as "yes" would never end)
    // and \w writes files; golden case 125 covers them.

    private static final List<String> PIECES = List.of("'", "''", "\"", "\"\"", "`", "`echo hi`", "\\", "\\\\",
            ":", ":foo", ":'foo'", ":\"foo\"", "$$", ";", " ", "\t", "\u0000", "\uD800", "\u00e9", "-", "*", "?",
            "format", "border", "expanded", "null", "fieldsep", "on", "off", "auto", "wrapped", "csv", "99999999999",
            "-1", "orders", "public.*", "pg_catalog.", "\"Quoted Name\"", "postgres", "template0", "nosuchdb",
            "/", "/nonexistent/file.sql", "..", "%", "\\g", "\\x", "select 1", "E'", "${x}", "\r");

    private static Sandbox sandbox;
    private static String database;

    @BeforeContainer
    static void startServer() {
        sandbox = TestSandboxes.shared();
        database = TestSandboxes.newDatabase("meta_fuzz");
    }

    @Provide
    Arbitrary<String> arguments() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(PIECES)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)),
                Tuple.of(2, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5)));
        return piece.list().ofMaxSize(12).map(p -> String.join("", p).replace("\n", " "));
    }

    @Provide
    Arbitrary<String> commandLines() {
        Arbitrary<String> meta = Combinators.combine(Arbitraries.of(NAMES), arguments(), Arbitraries.of(" ", "", "\t"))
                .as((name, args, sep) -> "\\" + name + sep + args);
        Arbitrary<String> colon = arguments().map(args -> ":" + args);
        Arbitrary<String> mixed = Combinators.combine(arguments(), meta).as((sql, m) -> sql + " " + m);
        return Arbitraries.frequencyOf(Tuple.of(6, meta), Tuple.of(1, colon), Tuple.of(2, mixed));
    }

    @Property(tries = 400, seed = "20261126") // seeded: CI sees the same 400 lines every run
    void noCommandLineBreaksTheShell(@ForAll("lists") List<String> lines) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (ShellSession session = new ShellSession(new RecordingHost(sandbox), database, new PrintWriter(out, true),
                new PrintWriter(err, true))) {
            session.setInteractive(true); // a failed \\c keeps the old connection, as at a terminal
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (String line : lines) {
                    session.handleLine(line);
                }
                // whatever was typed, a fresh statement still runs on a working connection
                session.clearStatement(); // as Ctrl-C would: an open quote may have swallowed the rest
                session.handleLine("select 'still-alive' as probe;");
            }, () -> "lines: " + lines + "\nstderr:\n" + err);
        }
        String all = out + "\n" + err;
        assertThat(all).as("lines: %s", lines).contains("still-alive").doesNotContain("\tat ")
                .doesNotContainPattern("\\w+(Exception|Error):");
    }

    @Provide
    Arbitrary<List<String>> lists() {
        return commandLines().list().ofMinSize(1).ofMaxSize(6);
    }
}
