package dev.ride.cli;

import dev.ride.text.Wrap;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The size a demo plays at: {@code COLUMNS} and {@code LINES} when set (to record at a chosen
 * size), else the terminal's own size, else piped output's fixed width. Never under 40 columns,
 * the narrowest ride wraps to.
 */
record TerminalSize(int columns, int lines) {

    static final int MIN_COLUMNS = 40;
    static final int PIPED_LINES = 30;

    static TerminalSize ofThisProcess() {
        int columns = Wrap.PIPED_WIDTH;
        int lines = PIPED_LINES;
        if (Terminals.stdinIsTerminal()) {
            int[] size = sttySize();
            if (size != null) {
                lines = size[0];
                columns = size[1];
            }
        }
        return new TerminalSize(Math.max(MIN_COLUMNS, env("COLUMNS", columns)), Math.max(1, env("LINES", lines)));
    }

    private static int env(String variable, int fallback) {
        try {
            String value = System.getenv(variable);
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** {@code stty size} on the terminal: rows and columns, or null when it cannot tell. */
    private static int[] sttySize() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!stty.waitFor(5, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                return null;
            }
            String[] parts = out.split("\\s+");
            int rows = Integer.parseInt(parts[0]);
            int cols = Integer.parseInt(parts[1]);
            return rows > 0 && cols > 0 ? new int[] {rows, cols} : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
