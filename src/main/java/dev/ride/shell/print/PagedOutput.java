package dev.ride.shell.print;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * psql's pager for the interactive shell: what one command prints is held back until it is taller
 * than the terminal, or holds an aligned table wider than it ({@link #tableWidth}, as psql forces);
 * then a pager ({@code PSQL_PAGER}, else {@code PAGER}, else {@code less -SRX} when installed) starts
 * with the terminal as its own, gets what was held and the rest as it comes (a long result is
 * streamed, not kept), and the prompt returns when the pager ends. Shorter output is written
 * straight through when the command ends. {@code \pset pager off} turns it off.
 */
public final class PagedOutput extends Writer {

    private final Writer screen;
    private final String pagerCommand;
    private StringBuilder held;
    private int rows;
    private int columns;
    private int lines;
    private Process pager;
    private Writer toPager;

    PagedOutput(Writer screen, String pagerCommand) {
        this.screen = screen;
        this.pagerCommand = pagerCommand;
    }

    /** Over the terminal's writer, with the pager the environment asks for; null when there is none. */
    public static PagedOutput forTerminal(Writer screen, Map<String, String> environment) {
        String command = pagerCommand(environment);
        return command == null ? null : new PagedOutput(screen, command);
    }

    /**
     * {@code PSQL_PAGER}, else {@code PAGER}, when set (blank means none, as in psql), else
     * {@code less -SRX} if it is on the PATH: chopped lines that the arrow keys scroll to (-S),
     * colours (-R), and the result left on the screen after {@code q} (-X). Not -F: a result paged
     * for its width fits one screen's height, and -F would quit at once, showing it cut off.
     */
    static String pagerCommand(Map<String, String> environment) {
        String pager = environment.containsKey("PSQL_PAGER") ? environment.get("PSQL_PAGER") : environment.get("PAGER");
        if (pager != null) {
            return pager.isBlank() ? null : pager;
        }
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, "less").canExecute()) {
                return "less -SRX";
            }
        }
        return null;
    }

    /**
     * Holds what follows back until {@link #end()}, paging it if it reaches {@code rows} lines or
     * holds a table wider than {@code columns} (0: any width).
     */
    public void begin(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
        this.held = new StringBuilder();
        this.lines = 0;
    }

    /** The command is done: show what was held, or let the pager finish. */
    public void end() throws IOException {
        if (pager != null) {
            try {
                toPager.close();
            } catch (IOException e) {
                // the learner quit the pager before the end: nothing more to show
            }
            waitForPager();
        } else if (held != null) {
            screen.write(held.toString());
            screen.flush();
        }
        held = null;
        pager = null;
        toPager = null;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        if (pager != null) {
            try {
                toPager.write(buffer, offset, length);
            } catch (IOException e) {
                // the pager was quit early ('q' in less): drop the rest, as psql does
            }
            return;
        }
        if (held == null) {
            screen.write(buffer, offset, length);
            return;
        }
        held.append(buffer, offset, length);
        for (int i = offset; i < offset + length; i++) {
            if (buffer[i] == '\n') {
                lines++;
            }
        }
        if (rows > 0 && lines >= rows) {
            startPager();
        }
    }

    /**
     * An aligned table of {@code width} columns is about to be printed: wider than the terminal,
     * it goes to the pager, as psql does (other output, a long notice or {@code \echo}, does not).
     */
    public void tableWidth(int width) {
        if (held != null && pager == null && columns > 0 && width > columns) {
            try {
                startPager();
            } catch (IOException e) {
                // no pager after all: startPager already wrote what was held to the screen
            }
        }
    }

    @Override
    public void flush() throws IOException {
        if (pager != null) {
            try {
                toPager.flush();
            } catch (IOException e) {
                // quit early
            }
        } else if (held == null) {
            screen.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private void startPager() throws IOException {
        screen.flush();
        try {
            pager = new ProcessBuilder("sh", "-c", pagerCommand)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            // no pager after all: the output goes to the screen unpaged
            pager = null;
            screen.write(held.toString());
            screen.flush();
            held = null;
            return;
        }
        toPager = new OutputStreamWriter(pager.getOutputStream(), StandardCharsets.UTF_8);
        String soFar = held.toString();
        held = null;
        try {
            toPager.write(soFar);
        } catch (IOException e) {
            // quit early
        }
    }

    private void waitForPager() {
        boolean interrupted = false;
        while (true) {
            try {
                pager.waitFor();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
