package dev.ride.shell;

import dev.ride.shell.complete.CompletionCatalog;
import dev.ride.shell.complete.PsqlLineParser;
import dev.ride.shell.complete.ShellCompleter;
import dev.ride.shell.complete.SqlHighlighter;
import dev.ride.shell.print.PagedOutput;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The shell on a terminal: a JLine line reader over a {@link ShellSession}. psql's prompts
 * (continuation lines included), history saved to a file with a multi-line statement as one
 * entry, tab completion, Ctrl-C clearing the line being typed or cancelling the running query on
 * the server, Ctrl-D leaving; Ctrl-R searches the history (JLine's own widget). Completion looks
 * the catalog up on a connection of its own ({@link CompletionCatalog}); the statement being typed
 * is coloured ({@link SqlHighlighter}).
 */
public final class InteractiveShell {

    private final ShellSession session;
    private final PagedOutput pager;
    private Supplier<String> status;
    private BooleanSupplier stop = () -> false;
    /** The reader while {@link #run} reads lines; null before and after. */
    private volatile LineReader reader;

    /**
     * A key sequence no terminal sends and no learner types, bound to "end this line now": a
     * front end types it into the shell's input when the drill's time is up ({@link #END_OF_READING}).
     */
    public static final String END_OF_READING = "\u001b[9999~";
    private static final String END_OF_READING_WIDGET = "ride-end-of-reading";
    /**
     * Enter in the completion menu. JLine's menu takes an Enter bound to accept-line as "keep
     * this candidate" and swallows it, so a completed line needed a second Enter; any other
     * binding ends the menu with the candidate kept and is read again in the main key map, where
     * Enter runs the line: one Enter, as in psql.
     */
    private static final String ACCEPT_COMPLETION_AND_LINE = "ride-accept-completion-and-line";

    public InteractiveShell(ShellSession session) {
        this(session, null);
    }

    /**
     * @param pager the session's output, to page what is taller than the terminal; null for none
     *              (e.g. when the screen is recorded: a pager would draw outside the recording)
     */
    public InteractiveShell(ShellSession session, PagedOutput pager) {
        this.session = session;
        this.pager = pager;
        if (pager != null) {
            session.onScreenTableWidth(pager::tableWidth);
        }
    }

    /**
     * Prints a line for the learner from another thread (a timed drill's warning): above the
     * prompt and the line being typed, which stay as they were; nothing above is cleared.
     */
    public void announce(String line, Terminal terminal) {
        LineReader reading = reader;
        if (reading != null && reading.isReading()) {
            try {
                reading.printAbove(line);
                return;
            } catch (IllegalStateException notReadingAnyMore) {
                // the line was entered meanwhile: print it plainly
            }
        }
        terminal.writer().println(line);
        terminal.writer().flush();
    }

    /** True while the shell waits at its prompt for a line. */
    public boolean isReading() {
        LineReader reading = reader;
        return reading != null && reading.isReading();
    }

    /** A line kept at the bottom of the screen (a timed drill's countdown); before the prompt if it cannot be. */
    public InteractiveShell withStatus(Supplier<String> statusText) {
        this.status = statusText;
        return this;
    }

    /** Ends the shell at the next prompt or Ctrl-C once this answers true (a timed drill's clock ran out). */
    public InteractiveShell until(BooleanSupplier stopWhen) {
        this.stop = stopWhen;
        return this;
    }

    /**
     * Reads and runs commands until {@code \q}, a quitting ':' command, or Ctrl-D.
     *
     * @param historyFile where history is kept between runs (created if missing)
     * @return psql's exit status, 0 normally
     */
    public int run(Terminal terminal, Path historyFile) {
        session.setInteractive(true);
        CompletionCatalog catalog = new CompletionCatalog(session.host());
        boolean colour = SqlHighlighter.colourWanted(System.getenv("NO_COLOR"), System.getenv("TERM"))
                && !Terminal.TYPE_DUMB.equals(terminal.getType());
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("ride")
                .parser(new PsqlLineParser(session))
                .completer(new ShellCompleter(session, catalog))
                .highlighter(new SqlHighlighter(colour))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_FILE_SIZE, 2000)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%M")
                // psql keeps a statement's text as typed; JLine's "!" expansion would rewrite it
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        // the end of a timed drill: the line being typed is dropped and the prompt let go, with no
        // ^C echoed (Ctrl-C typed for the learner would be)
        reader.getWidgets().put(END_OF_READING_WIDGET, () -> {
            reader.getBuffer().clear();
            return reader.getWidgets().get(LineReader.ACCEPT_LINE).apply();
        });
        reader.getKeyMaps().get(LineReader.MAIN).bind(new org.jline.reader.Reference(END_OF_READING_WIDGET), END_OF_READING);
        reader.getWidgets().put(ACCEPT_COMPLETION_AND_LINE, reader.getWidgets().get(LineReader.ACCEPT_LINE));
        reader.getKeyMaps().get(LineReader.MENU).bind(new org.jline.reader.Reference(ACCEPT_COMPLETION_AND_LINE),
                "\r", "\n");
        TypeAhead.install(reader); // a paste the terminal does not bracket, taken in at once
        this.reader = reader;
        session.setTerminal(new JLineTerminal(terminal, reader));
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT,
                signal -> session.cancelRunningQuery());
        // psql's env_columns: COLUMNS, when set, is the width to fit instead of the terminal's
        int columnsVariable = columnsVariable();
        try (StatusLine statusLine = StatusLine.open(terminal, reader, status)) {
            while (!stop.getAsBoolean()) {
                session.setTerminalColumns(columnsVariable > 0 ? columnsVariable : terminal.getWidth());
                String input;
                try {
                    input = reader.readLine((statusLine == null ? "" : statusLine.promptPrefix()) + session.prompt());
                } catch (UserInterruptException e) {
                    session.clearStatement();
                    if (stop.getAsBoolean()) {
                        return session.exitCode();
                    }
                    continue;
                } catch (EndOfFileException e) {
                    terminal.writer().println("\\q");
                    terminal.writer().flush();
                    return session.exitCode();
                }
                for (String line : input.split("\n", -1)) {
                    ShellSession.Outcome outcome = handle(line, terminal);
                    // leave a database the shell left: an idle lookup connection would make the
                    // learner's DROP DATABASE or CREATE DATABASE ... TEMPLATE of it fail
                    catalog.useDatabase(session.currentDatabase());
                    if (outcome == ShellSession.Outcome.QUIT) {
                        return session.exitCode();
                    }
                }
            }
            return session.exitCode();
        } finally {
            this.reader = null;
            session.setTerminal(null);
            terminal.handle(Terminal.Signal.INT, previous);
            catalog.close();
            try {
                reader.getHistory().save();
            } catch (java.io.IOException e) {
                terminal.writer().println("could not save history to " + historyFile + ": " + e.getMessage());
                terminal.writer().flush();
            }
        }
    }

    /** {@code :log --follow} prints until Ctrl-C, like {@code \watch}: a pager would hold it back. */
    private static boolean followsTheLog(String line) {
        return line.strip().startsWith(":log") && line.contains("--follow");
    }

    /** Runs one line, through the pager when it is on ({@code \watch} never: it prints until stopped). */
    private ShellSession.Outcome handle(String line, Terminal terminal) {
        if (pager == null || session.pager() == 0 || line.contains("\\watch") || followsTheLog(line)) {
            return session.handleLine(line);
        }
        pager.begin(session.pager() == 2 ? 1 : terminal.getHeight(), terminal.getWidth());
        try {
            return session.handleLine(line);
        } finally {
            try {
                pager.end();
            } catch (java.io.IOException e) {
                terminal.writer().println(e.getMessage());
            }
        }
    }

    /** C's atoi of COLUMNS, as psql reads it at start; 0 when unset. */
    private static int columnsVariable() {
        String value = System.getenv("COLUMNS");
        if (value == null) {
            return 0;
        }
        int i = 0;
        int n = 0;
        while (i < value.length() && Character.isDigit(value.charAt(i)) && n < 100_000) {
            n = n * 10 + (value.charAt(i++) - '0');
        }
        return n;
    }
}
