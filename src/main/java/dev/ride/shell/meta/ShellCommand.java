package dev.ride.shell.meta;

import dev.ride.shell.meta.Command.Result;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * psql's {@code \\!} and {@code \\w |command}: a command line run by {@code /bin/sh -c}. psql lets the
 * child write to its own stdout and stderr; the shell's output is a writer (a terminal screen or a
 * test's buffer), so the child's output is collected and printed there when it ends, stdout then
 * stderr. Its standard input is empty, so it cannot take the lines of a script being read.
 */
final class ShellCommand {

    private ShellCommand() {
    }

    static Result run(MetaContext context, String command) {
        if (command.isEmpty()) {
            String message = "\\!: an interactive shell is not available in ride; give a command";
            context.output().error(message);
            return Result.failed(message);
        }
        return execute(context, command, null, "\\!: failed");
    }

    /** {@code \\w |command}: {@code input} on the command's standard input. */
    static Result pipe(MetaContext context, String command, byte[] input) {
        return execute(context, command, input, command + ": failed");
    }

    private static Result execute(MetaContext context, String command, byte[] input, String failure) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("ride-shell-out", ".txt");
            err = Files.createTempFile("ride-shell-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command)
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().clear();
            builder.environment().putAll(context.environment().asMap());
            if (input == null) {
                builder.redirectInput(new File("/dev/null"));
            }
            Process process = builder.start();
            if (input != null) {
                try (var stdin = process.getOutputStream()) {
                    stdin.write(input);
                } catch (IOException closedEarly) {
                    // the command did not read all of it, as a pipe's reader may
                }
            }
            int status = waitFor(process);
            context.output().print(Files.readString(out, StandardCharsets.UTF_8));
            context.output().printError(Files.readString(err, StandardCharsets.UTF_8));
            if (status == 127) {
                context.output().error(failure);
                return Result.failed(failure);
            }
            return Result.OK;
        } catch (IOException e) {
            context.output().error(failure);
            return Result.failed(failure);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                process.destroy(); // Ctrl-C ends the command, as the terminal's SIGINT would
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left in the temp directory
            }
        }
    }
}
