package dev.ride.shell;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The terminal of a shell that reads a script or a pipe: prompts go to {@code /dev/tty} as psql's
 * simple_prompt does (echo turned off there with stty for a password), or to stdin and stderr
 * when there is no terminal; programs run on the process's own standard streams; there is no
 * history. Standard input is read through one shared reader ({@link #stdin()}), so a line
 * {@code \prompt} takes is not also read as a command.
 */
public final class StandardStreamsTerminal implements ShellTerminal {

    private static BufferedReader stdin;

    /** The one reader of the process's standard input. */
    public static synchronized BufferedReader stdin() {
        if (stdin == null) {
            stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return stdin;
    }

    @Override
    public String prompt(String prompt, boolean echo) {
        File tty = new File("/dev/tty");
        try (FileInputStream in = new FileInputStream(tty); OutputStream out = new FileOutputStream(tty)) {
            return promptAt(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8), prompt, echo, true);
        } catch (IOException noTerminal) {
            // psql's fallback without a controlling terminal: stdin and stderr
            return promptAt(stdin(), System.err, prompt, echo, false);
        }
    }

    private static String promptAt(BufferedReader in, PrintStream out, String prompt, boolean echo, boolean tty) {
        boolean silenced = !echo && tty && stty("-echo");
        try {
            if (prompt != null) {
                out.print(prompt);
                out.flush();
            }
            String line = in.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            return "";
        } finally {
            if (silenced) {
                stty("echo");
            }
            if (!echo) {
                out.print("\n"); // the newline the user's Enter did not echo
                out.flush();
            }
        }
    }

    private static boolean stty(String setting) {
        try {
            return new ProcessBuilder("stty", setting).redirectInput(new File("/dev/tty"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String readStandardInput() {
        try {
            return stdin().readLine();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public int runAttached(String command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command).inheritIO();
        builder.environment().clear();
        builder.environment().putAll(environment);
        return waitFor(builder.start());
    }

    static int waitFor(Process process) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return process.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true; // Ctrl-C reaches the editor itself, as with psql's system()
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public List<String> history() {
        return null;
    }

    @Override
    public void remember(String entry) {
        // no history without a terminal
    }
}
