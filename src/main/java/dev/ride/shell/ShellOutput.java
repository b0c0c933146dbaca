package dev.ride.shell;

import dev.ride.shell.print.HeldPrint;
import dev.ride.shell.print.PrintOptions;
import dev.ride.shell.print.PrintTable;
import dev.ride.shell.print.TablePrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where the shell writes: results and confirmations to {@code out}, errors, warnings and notices
 * to {@code err}, like psql. While a file runs through {@code \i}, messages on {@code err} carry
 * psql's {@code psql:FILE:LINE: } prefix (and {@code error: } / {@code warning: } for the shell's
 * own complaints).
 */
public final class ShellOutput {

    private final PrintWriter out;
    private final PrintWriter err;
    private TablePrinter printer;
    private PrintWriter queryOut;
    /** The file of {@code \\o FILE}, or null. */
    private PrintWriter queryFile;
    private final Supplier<String> locus;
    private final java.util.function.BooleanSupplier quiet;
    /** Hears the width of each aligned table bound for the screen (not for a {@code \o} file). */
    private java.util.function.IntConsumer screenTableWidths = width -> { };

    /**
     * @param locus "psql:FILE:LINE: " while a file is being read, else null
     * @param quiet psql's QUIET: no command tags
     */
    ShellOutput(PrintWriter out, PrintWriter err, Supplier<String> locus, java.util.function.BooleanSupplier quiet) {
        this.quiet = quiet;
        this.out = out;
        this.err = err;
        this.printer = new TablePrinter(out);
        this.queryOut = out;
        this.locus = locus;
    }

    /** psql's QUIET: describe commands then print an empty list instead of "Did not find any ...". */
    public boolean quiet() {
        return quiet.getAsBoolean();
    }

    /**
     * psql's queryFout: query results, command tags and COPY data go to {@code file} ({@code \o
     * FILE}, replaced); null sends them back to stdout. The previous file is closed.
     */
    public void redirectResults(Path file) throws IOException {
        PrintWriter next = file == null ? null : new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        queryOut.flush();
        queryOut = next == null ? out : next;
        printer = new TablePrinter(queryOut);
        if (queryOut == out) {
            printer.onTableWidth(screenTableWidths);
        }
        if (queryFile != null) {
            queryFile.close();
        }
        queryFile = next;
    }

    /** Tables for the screen report their width here (the interactive shell's pager listens). */
    void onScreenTableWidth(java.util.function.IntConsumer listener) {
        screenTableWidths = listener;
        if (queryOut == out) {
            printer.onTableWidth(listener);
        }
    }

    /** Closes the file of {@code \o FILE}, if any, when the session ends. */
    void closeResultsFile() {
        if (queryFile != null) {
            queryOut.flush();
            queryOut = out;
            printer = new TablePrinter(out).onTableWidth(screenTableWidths);
            queryFile.close();
            queryFile = null;
        }
    }

    /** The writer query results currently go to. */
    public PrintWriter results() {
        return queryOut;
    }

    /** A line of query output (a command tag): to stdout or the {@code \o} file. */
    public void result(String line) {
        queryOut.print(line);
        queryOut.print('\n');
        queryOut.flush();
    }

    /** A command tag such as "INSERT 0 1": psql leaves them out when QUIET is on. */
    public void commandTag(String tag) {
        if (!quiet.getAsBoolean()) {
            result(tag);
        }
    }

    public void println(String line) {
        out.print(line);
        out.print('\n');
        out.flush();
    }

    public void print(String text) {
        out.print(text);
        out.flush();
    }

    public void table(PrintTable table, PrintOptions options) {
        printer.print(table, forDestination(options));
    }

    /** One batch of a result printed with FETCH_COUNT. */
    public void table(PrintTable table, PrintOptions options, TablePrinter.Segment segment) {
        printer.print(table, forDestination(options), segment);
    }

    /** As psql: the terminal's width applies to what goes to the terminal, not to an {@code \o} file. */
    private PrintOptions forDestination(PrintOptions options) {
        return queryOut == out ? options : options.withTerminalColumns(0);
    }

    /** A result formatted while it arrived: shown now, on stdout or the {@code \o} file. */
    public void release(HeldPrint print) {
        try {
            print.release(queryOut);
        } catch (IOException e) {
            error("cannot read the result back from its temporary file: " + e.getMessage());
        }
    }

    /** A complaint of the shell itself (psql's pg_log_error). */
    public void error(String message) {
        logged("error: ", message + "\n");
    }

    /** psql's pg_log_warning. */
    void warning(String message) {
        logged("warning: ", message + "\n");
    }

    /** Text from the server (errors, notices), already formatted and ending with a newline. */
    public void server(String text) {
        logged("", text);
    }

    /** psql's pg_log_error_hint, e.g. "Try \\? for help.". */
    public void hint(String message) {
        logged("hint: ", message + "\n");
    }

    /** Text for stderr as it is, with no prefix ({@code \\warn}). */
    public void printError(String text) {
        out.flush();
        err.print(text);
        err.flush();
    }

    /** More lines of a message already started on err (no prefix again). */
    void continuation(String text) {
        err.print(text);
        err.flush();
    }

    private void logged(String level, String text) {
        out.flush();
        String prefix = locus.get();
        if (prefix != null) {
            err.print(prefix);
            err.print(level);
        }
        err.print(text);
        err.flush();
    }

    /** Everything written so far, out before a program writes to the same terminal (psql's fflush(NULL)). */
    public void flush() {
        queryOut.flush();
        out.flush();
        err.flush();
    }
}
