package dev.ride.shell;

import dev.ride.sandbox.Sandbox;
import dev.ride.shell.print.Utf8Output;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The same input through psql 15 and through ride's script shell, on one database: what each printed. */
final class SideBySide {

    static final String PSQL = "/usr/bin/psql";

    private SideBySide() {
    }

    record Run(String stdout, String stderr, int exitCode) {
    }

    /** psql -X in {@code workDir} (where relative paths of the input lead), UTF-8 client, C.UTF-8 locale. */
    static Run psql(Sandbox sandbox, Path workDir, String database, String input) throws Exception {
        Path in = workDir.resolve("input.sql");
        Path out = workDir.resolve("psql.out");
        Path err = workDir.resolve("psql.err");
        Files.writeString(in, input);
        ProcessBuilder builder = new ProcessBuilder(PSQL, "-X", "-d", sandbox.connectionString(database))
                .directory(workDir.toFile())
                .redirectInput(in.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("PGCLIENTENCODING", "UTF8");
        builder.environment().put("LC_ALL", "C.UTF-8");
        int exit = builder.start().waitFor();
        return new Run(Files.readString(out), Files.readString(err), exit);
    }

    /** ride's script shell, its results copied to the byte stream as the launcher gives it. */
    static Run ride(Sandbox sandbox, String database, String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter outWriter = new Utf8Output(out);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
        int exit;
        try (ShellSession session = new ShellSession(new RecordingHost(sandbox), database, outWriter, errWriter)) {
            exit = new ScriptShell(session).run(new BufferedReader(new StringReader(input)));
        }
        outWriter.flush();
        errWriter.flush();
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit);
    }
}
