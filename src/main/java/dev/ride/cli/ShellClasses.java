package dev.ride.cli;

import java.util.List;

/**
 * Loads the classes the shell needs while the sandbox is still starting on another thread: the
 * JVM reads, parses and verifies them in time that is otherwise spent waiting for the server.
 * Only loading, no initialisation: nothing here has a side effect. A name that is missing (a
 * library changed) is skipped: this is a speed-up, never a requirement.
 */
final class ShellClasses {

    /** What the first statement of every session touches (measured with -Xlog:class+load). */
    private static final List<String> EVERY_SESSION = List.of(
            "dev.ride.drill.Drill", "dev.ride.drill.DrillCommands", "dev.ride.drill.Transcript",
            "dev.ride.drill.HintLadder", "dev.ride.drill.Submitter", "dev.ride.score.Scorer",
            "dev.ride.drill.ProgressLog", "dev.ride.cli.ShellLauncher",
            "dev.ride.shell.ShellSession", "dev.ride.shell.query.ResultPrinter",
            "dev.ride.sql.StatementSplitter", "dev.ride.sql.StatementSplitter$Scan",
            "dev.ride.shell.ShellOutput", "dev.ride.shell.print.TablePrinter", "dev.ride.shell.print.PagedOutput",
            "dev.ride.shell.query.SqlRunner", "dev.ride.shell.query.SqlRunner$Handler",
            "dev.ride.shell.print.CellText",
            "dev.ride.shell.meta.CommandTable", "dev.ride.shell.meta.MetaArguments", "dev.ride.shell.describe.Describe",
            "dev.ride.shell.ScriptShell", "org.postgresql.jdbc.PgDatabaseMetaData");

    /** What only a terminal session touches: JLine's reader, terminal and completion. */
    private static final List<String> INTERACTIVE = List.of(
            "dev.ride.shell.InteractiveShell", "dev.ride.shell.complete.ShellCompleter",
            "dev.ride.shell.complete.SqlHighlighter", "dev.ride.shell.complete.CompletionCatalog",
            "dev.ride.shell.StatusLine",
            "org.jline.terminal.TerminalBuilder", "org.jline.terminal.impl.PosixSysTerminal",
            "org.jline.terminal.impl.exec.ExecTerminalProvider", "org.jline.reader.impl.LineReaderImpl",
            "org.jline.reader.impl.DefaultParser", "org.jline.reader.impl.history.DefaultHistory",
            "org.jline.reader.impl.completer.StringsCompleter", "org.jline.utils.AttributedStringBuilder",
            "org.jline.utils.InfoCmp", "org.jline.keymap.KeyMap", "org.jline.utils.Display");

    private ShellClasses() {
    }

    static void preload(boolean interactive) {
        load(EVERY_SESSION);
        if (interactive) {
            load(INTERACTIVE);
        }
    }

    private static void load(List<String> names) {
        ClassLoader loader = ShellClasses.class.getClassLoader();
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // renamed or gone: the shell loads what it needs itself
            }
        }
    }
}
