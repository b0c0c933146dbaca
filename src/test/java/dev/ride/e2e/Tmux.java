package dev.ride.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real terminal for interactive tests: a detached tmux session running a command, driven with
 * send-keys and read with capture-pane, the way a person would use it.
 */
public final class Tmux implements AutoCloseable {

    private final String session = "ride-test-" + UUID.randomUUID().toString().substring(0, 8);

    /** Starts {@code command} (a shell command line) in a new window of the given size. */
    public Tmux(String command, int width, int height, List<String> env) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", session,
                "-x", String.valueOf(width), "-y", String.valueOf(height)));
        for (String e : env) {
            args.add("-e");
            args.add(e);
        }
        args.add(command);
        tmux(args.toArray(String[]::new));
    }

    /** Types literal text (no key names interpreted). */
    public void type(String text) throws IOException, InterruptedException {
        // tmux reads an argument's trailing ';' as its own command separator, even with -l:
        // send the text without it, then the semicolon as the escaped key "\;".
        int semicolons = 0;
        while (semicolons < text.length() && text.charAt(text.length() - 1 - semicolons) == ';') {
            semicolons++;
        }
        String body = text.substring(0, text.length() - semicolons);
        if (!body.isEmpty()) {
            tmux("send-keys", "-t", session, "-l", body);
        }
        for (int i = 0; i < semicolons; i++) {
            tmux("send-keys", "-t", session, "\\;");
        }
    }

    /**
     * Pastes {@code text} the way a terminal without bracketed paste does: all at once, as if
     * typed (tmux paste-buffer without -p).
     */
    public void pasteUnbracketed(String text) throws IOException, InterruptedException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ride-paste", ".txt");
        try {
            java.nio.file.Files.writeString(file, text);
            tmux("load-buffer", "-b", session, file.toString());
            tmux("paste-buffer", "-d", "-b", session, "-t", session);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** Presses keys by tmux name: "Enter", "Tab", "C-c", "C-d", "C-r", "Up". */
    /** Types {@code text} and presses Enter: one line given to the program. */
    public void enter(String text) throws IOException, InterruptedException {
        type(text);
        press("Enter");
    }

    public void press(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** The visible screen, trailing blanks trimmed. */
    public String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", session).stripTrailing();
    }

    /**
     * The visible screen with the lines the terminal wrapped joined again (capture-pane -J): a
     * line of it longer than the width is one that did not fit the screen.
     */
    public String screenJoined() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-t", session).stripTrailing();
    }

    /** The scrollback and the screen, wrapped lines joined: everything the terminal still holds. */
    public String history() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", session).stripTrailing();
    }

    /** The visible screen with its colours and attributes as escape codes (capture-pane -e). */
    public String screenWithEscapes() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-e", "-t", session).stripTrailing();
    }

    /** Waits until the screen contains {@code text}; returns the screen, or fails with it. */
    public String waitFor(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new AssertionError("the program ended before showing \"" + text + "\"; last screen:\n" + screen);
            }
            screen = screen();
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out after " + timeout + " waiting for \"" + text + "\"; screen:\n" + screen);
    }

    /**
     * Waits until the screen ends with {@code text}: a question asked again (a second
     * {@code \password}) is then the new one, not the earlier one still on the screen.
     */
    public void waitForEnding(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!screen().endsWith(text.stripTrailing())) {
            if (!isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the screen does not end with \"" + text + "\"; screen:\n" + screen());
            }
            Thread.sleep(50);
        }
    }

    /**
     * Waits until the screen ends with {@code prompt} and nothing typed after it: the program
     * is back at its prompt, all it printed before is on the screen. Fails with the screen.
     */
    public void waitForEmptyPrompt(String prompt, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!screen().endsWith("\n" + prompt)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no empty prompt; screen:\n" + screen());
            }
            Thread.sleep(50);
        }
    }

    public boolean isAlive() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tmux", "has-session", "-t", session).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    /** Waits for the program to end (the session closes with it). */
    public boolean waitForExit(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * Ends the session and waits until the program in it and its children have exited: their
     * shutdown (saving history, removing the sandbox) must be over before a test cleans up its
     * temporary files or the next test starts.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        if (!isAlive()) {
            return;
        }
        List<ProcessHandle> programs = new ArrayList<>();
        try {
            long panePid = Long.parseLong(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip());
            ProcessHandle.of(panePid).ifPresent(pane -> {
                programs.add(pane);
                pane.descendants().forEach(programs::add);
            });
        } catch (NumberFormatException e) {
            // no pane pid: nothing to wait for
        }
        tmux("kill-session", "-t", session);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (ProcessHandle program : programs) {
            while (program.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
    }

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("tmux");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }
}
