package dev.ride.shell;

import dev.ride.shell.ShellHost.ExecutedInput;
import dev.ride.sql.StatementSplitter.EndOfLine;
import dev.ride.sql.StatementSplitter.MetaCommand;
import dev.ride.sql.StatementSplitter.Scan;
import dev.ride.sql.StatementSplitter.Statement;
import dev.ride.shell.meta.Command;
import dev.ride.shell.meta.CommandTable;
import dev.ride.shell.meta.MetaArguments;
import dev.ride.shell.meta.MetaContext;
import dev.ride.shell.meta.SlashCopy;
import dev.ride.shell.print.PrintOptions;
import dev.ride.shell.query.CopyStatement;
import dev.ride.shell.query.CopyTransfer;
import dev.ride.shell.query.QueryRunner;
import dev.ride.shell.query.ResultPrinter;
import dev.ride.shell.query.SqlOutcome;
import dev.ride.shell.query.TransactionGuard;
import dev.ride.sql.PromptStatus;
import dev.ride.sql.StatementSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The psql-compatible shell without a terminal: lines in, psql's output out. Both front ends
 * ({@link ScriptShell} for piped input, {@link InteractiveShell} for a terminal) feed it lines;
 * tests drive it directly. It is psql's MainLoop: it reads lines from the console and from files
 * run with {@code \i}, splits them into statements and meta-commands, sends the statements, runs
 * the meta-commands and does what they return ({@link Command.Result}), and reports every
 * statement and meta-command it ran to the {@link ShellHost}. The work itself lives beside it:
 * {@link QueryRunner} and {@link ResultPrinter} run and print queries, {@link CopyTransfer} moves
 * COPY data, {@link ShellConnection} keeps the connection, {@link ShellSettings} the print settings,
 * and {@link CommandTable} holds the meta-commands, which see the session only as a {@link MetaContext}.
 *
 * <p>Why it is longer than 400 lines: it is the public face the front ends and the drill use
 * (about 150 lines with their comments), psql's MainLoop over nested sources ({@code \i}), and the
 * bookkeeping every input shares (success flag, ON_ERROR_STOP, transcript, CheckConnection);
 * splitting the loop from its bookkeeping would put one state machine in two files.
 */
public final class ShellSession implements AutoCloseable {

    /** Whether the front end should keep reading. */
    public enum Outcome { CONTINUE, QUIT }

    /** The meta-commands of psql's conditional blocks, which run in skipped branches too. */
    private static final java.util.Set<String> BRANCHING = java.util.Set.of("if", "elif", "else", "endif");

    /** psql's exit status when a script stops at an error because of ON_ERROR_STOP. */
    static final int EXIT_USER = 3;

    private final ShellHost host;
    /** Why statements no longer run ({@link #closeToStatements}); null while they do. */
    private String closedBecause;
    private final PrintWriter out;
    private final ShellOutput output;
    private final InputSource console = InputSource.console();
    private final Deque<InputSource> sources = new ArrayDeque<>();

    private final ShellVariables variables = new ShellVariables();
    private final ShellSettings settings = new ShellSettings();
    private final ShellEnvironment environment = new ShellEnvironment();
    private final ShellConnection connection;
    private final QueryRunner queries;
    private final CopyTransfer copies;
    /** psql's implicit BEGIN (AUTOCOMMIT off) and ON_ERROR_ROLLBACK's savepoint around each query. */
    private final TransactionGuard transactions;
    /** What {@link #transactions} did before the COPY FROM STDIN whose data is being read; null otherwise. */
    private TransactionGuard.Opened copyGuard;
    /** The statements of a combined query that follow its COPY FROM STDIN, sent once its data ended; else null. */
    private Deque<String> afterCopy;
    /** The whole combined query {@link #afterCopy} belongs to, for the transcript. */
    private String combinedQuery;
    /** Whether the shell began the transaction a combined query sent in parts runs in, as the server would. */
    private boolean implicitTransaction;
    /** What meta-command handlers see of the session. */
    private final MetaContext context = new Context();
    private boolean interactive;
    /** Prompts, the editor and the history: the JLine terminal's, or the standard streams'. */
    private ShellTerminal terminal = new StandardStreamsTerminal();
    /** Text back from the editor ({@code \\e}), read as new input once the current line is done. */
    private String editedText;
    /** How many edits came back so far: a nested {@code \\e} in edited text ends the outer one's lines. */
    private int edits;
    private String previousQuery = "";
    private int exitCode;
    /** psql's \\watch runs its query without FETCH_COUNT's cursor. */
    private boolean watching;
    /** Whether the last query or meta-command failed (psql's success flag, for ON_ERROR_STOP). */
    private boolean lastFailed;

    /**
     * Connects to {@code startDatabase} through the host.
     *
     * @param out results and confirmations (psql's stdout)
     * @param err errors, warnings and notices (psql's stderr)
     */
    public ShellSession(ShellHost host, String startDatabase, PrintWriter out, PrintWriter err) throws SQLException {
        this.host = host;
        this.out = out;
        this.output = new ShellOutput(out, err, () -> sources.isEmpty() ? null : sources.peek().locus(),
                () -> variables.isOn("QUIET"));
        this.connection = new ShellConnection(host, variables, startDatabase);
        this.queries = new QueryRunner(connection, output, variables, settings);
        this.copies = new CopyTransfer(connection, output);
        this.transactions = new TransactionGuard(connection, output, variables);
        console.splitter().setVariables(interpolation(console));
        sources.push(console);
    }

    /** Each aligned table for the screen tells {@code listener} its width before it is printed. */
    public void onScreenTableWidth(java.util.function.IntConsumer listener) {
        output.onScreenTableWidth(listener);
    }

    /** Interactive mode changes a few things the way psql does: hints, "quit", and keeping the session on errors. */
    public void setInteractive(boolean interactive) {
        this.interactive = interactive;
    }

    /** The terminal {@code \\prompt}, {@code \\password}, {@code \\e} and {@code \\s} use; null for the standard streams. */
    public void setTerminal(ShellTerminal terminal) {
        this.terminal = terminal == null ? new StandardStreamsTerminal() : terminal;
    }

    /**
     * The terminal's width, which wrapped and {@code \x auto} fit to when {@code \pset columns}
     * is unset; 0 when output is not a terminal.
     */
    public void setTerminalColumns(int columns) {
        settings.setPrintOptions(settings.printOptions().withTerminalColumns(Math.max(columns, 0)));
    }

    /** Processes one line typed or read from the script. */
    public Outcome handleLine(String line) {
        if (closedBecause != null && !stillOpenTo(line)) {
            output.error(closedBecause);
            return Outcome.CONTINUE;
        }
        return processLine(console, line);
    }

    /**
     * From now on the learner's lines run only if they are ':' commands or leave the shell; any
     * other line gets {@code why} (the end of a timed drill: the card is given, reading goes on).
     */
    public void closeToStatements(String why) {
        clearStatement();
        closedBecause = why;
    }

    private static boolean stillOpenTo(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith(":") || java.util.Set.of("\\q", "\\quit", "quit", "exit", "\\?").contains(s);
    }

    /** End of piped input: psql sends an unfinished last statement, then stops. */
    public Outcome endOfInput() {
        return flushSource(console, !interactive);
    }

    /** psql's default prompt {@code %/%R%x%# }: database, input status, transaction status, # for superusers. */
    public String prompt() {
        if (console.copy() != null) {
            return ">> ";
        }
        return prompt(console.splitter().promptStatus());
    }

    /** The prompt for a line typed while the input is in {@code status} (continuation lines). */
    public String prompt(PromptStatus status) {
        if (!connection.isOpen()) {
            return "!> ";
        }
        String transaction = switch (connection.transactionState()) {
            case OPEN -> "*";
            case FAILED -> "!";
            default -> "";
        };
        return connection.database() + status.symbol() + transaction + (connection.isSuperuser() ? "#" : ">") + " ";
    }

    /** The learner's statement buffer as it stands, to look ahead at what a typed line would do. */
    public StatementSplitter consoleSplitterCopy() {
        return console.splitter().copy();
    }

    /** True while the learner is typing the data of a COPY ... FROM STDIN. */
    public boolean copyInProgress() {
        return console.copy() != null;
    }

    /** The drill's ':' commands, for completion. */
    public List<ShellHost.CommandHelp> colonCommands() {
        return host.colonCommands();
    }

    /** The database the shell is connected to now. */
    public String currentDatabase() {
        return connection.database();
    }

    /** True while a statement is being typed over several lines. */
    public boolean statementInProgress() {
        return console.splitter().inProgress();
    }

    /** Forgets a half-typed statement (Ctrl-C at the prompt). */
    public void clearStatement() {
        console.splitter().reset();
    }

    /** True while a query runs on the server. */
    public boolean isQueryRunning() {
        return queries.isRunning();
    }

    /**
     * Asks the server to cancel the running query (Ctrl-C), as psql does. Safe to call from another
     * thread; does nothing when no query runs.
     */
    public void cancelRunningQuery() {
        queries.cancel();
        host.interrupt(); // a ':' command that runs on (:log --follow) ends too
    }

    // ---- for a standalone client's command line (psql's options) --------------------------------

    /** psql's {@code -v NAME=VALUE}; returns psql's complaint, or null when set. */
    public String setVariable(String name, String value) {
        if (!ShellVariables.validName(name)) {
            return "invalid variable name: \"" + name + "\"";
        }
        return value == null ? unsetVariable(name) : variables.set(name, value);
    }

    private String unsetVariable(String name) {
        variables.unset(name);
        return null;
    }

    /** psql's {@code -P OPTION=VALUE} and the options standing for one: a {@code \pset} with no message. */
    public boolean pset(String option, String value) {
        return dev.ride.shell.meta.Pset.setQuietly(context, option, value) instanceof Command.Done done
                && done.status() == Command.Status.OK;
    }

    /** psql's {@code -o FILE}: query results go to the file. */
    public void redirectResults(Path file) throws IOException {
        output.redirectResults(file);
    }

    /**
     * psql's {@code -c COMMAND}: the text runs as if typed as one input, its unfinished statement
     * sent at the end. Returns whether it failed (psql's exit status 1).
     */
    public Outcome runCommand(String text) {
        for (String line : text.split("\n", -1)) {
            if (processLine(console, line) == Outcome.QUIT) {
                return Outcome.QUIT;
            }
        }
        return flushSource(console, true);
    }

    /** psql's PSQLexec for {@code -1}'s BEGIN and COMMIT: sent without printing anything; false when it failed. */
    public boolean executeSilently(String sql) {
        if (!connection.isOpen()) {
            return false;
        }
        try (java.sql.Statement statement = connection.jdbc().createStatement()) {
            statement.execute(sql);
            return true;
        } catch (SQLException e) {
            output.server(ErrorText.of(e, sql));
            return false;
        }
    }

    /** psql's {@code -f FILE}: the file's lines, with {@code psql:FILE:LINE:} in messages. */
    public Outcome runFile(Path file, String nameInMessages) throws IOException {
        return include(file, nameInMessages);
    }

    /** psql's ON_ERROR_STOP, which also stops -c and -f actions. */
    public boolean onErrorStop() {
        return variables.isOn("ON_ERROR_STOP");
    }

    /** Whether the last command or query failed (psql's success flag). */
    public boolean lastFailed() {
        return lastFailed;
    }

    /** psql's exit status: 0, or 2 when the connection was lost in a script. */
    public int exitCode() {
        return exitCode;
    }

    @Override
    public void close() {
        connection.close();
        output.closeResultsFile();
    }

    // ---- the main loop (psql's MainLoop) ------------------------------------------------------

    private Outcome processLine(InputSource source, String line) {
        Outcome outcome = scanLine(source, line);
        return outcome == Outcome.CONTINUE ? stopOnError() : outcome;
    }

    /** psql's ON_ERROR_STOP: a script ends with status 3 at the first failed command. */
    private Outcome stopOnError() {
        if (lastFailed && !interactive && variables.isOn("ON_ERROR_STOP")) {
            exitCode = EXIT_USER;
            return Outcome.QUIT;
        }
        return Outcome.CONTINUE;
    }

    /** A line such as {@code :query} that interpolates a psql variable is SQL, not a drill command. */
    private boolean startsWithVariable(String line) {
        int end = 1;
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
            end++;
        }
        return end > 1 && variables.get(line.substring(1, end)) != null;
    }

    private Outcome scanLine(InputSource source, String line) {
        source.nextLine();
        if (source.copy() != null) {
            copyLine(source, line);
            return Outcome.CONTINUE;
        }
        // psql's MainLoop drops an empty line (unless inside a literal or comment) before its echo
        boolean dropped = line.isEmpty() && !inQuote(source.splitter().promptStatus());
        if (!dropped && (!interactive || source != console) && "all".equals(variables.get("ECHO"))) {
            output.println(line); // psql's ECHO all: every line read from a script, as read
        }
        StatementSplitter splitter = source.splitter();
        if (interactive && source == console) {
            AssistanceWords.Effect assistance = AssistanceWords.answer(line, splitter, output);
            if (assistance == AssistanceWords.Effect.QUIT) {
                return Outcome.QUIT;
            }
            if (assistance == AssistanceWords.Effect.HANDLED) {
                return Outcome.CONTINUE;
            }
        }
        if (!splitter.inProgress() && line.startsWith(":") && !startsWithVariable(line)
                && !host.colonCommands().isEmpty()) { // a standalone client has no ':' commands
            return colonCommand(line);
        }
        return scanStatements(source, line);
    }

    /** Feeds one line to the source's buffer and runs each statement and meta-command it completes. */
    private Outcome scanStatements(InputSource source, String line) {
        StatementSplitter splitter = source.splitter();
        splitter.feedLine(line);
        while (true) {
            Scan scan = splitter.next();
            if (scan instanceof Statement && !source.conditions().active()) {
                ignoredQuery(source);
            } else if (scan instanceof Statement statement) {
                if (sendQuery(source, statement.sql(), settings.printOptions()) == Outcome.QUIT
                        || stopOnError() == Outcome.QUIT) {
                    return Outcome.QUIT;
                }
            } else if (scan instanceof MetaCommand meta) {
                if (runMetaCommand(source, meta) == Outcome.QUIT || stopOnError() == Outcome.QUIT) {
                    return Outcome.QUIT;
                }
            } else if (scan instanceof EndOfLine) {
                return editedText == null ? Outcome.CONTINUE : rescanEdited(source);
            }
        }
    }

    /**
     * psql's PSQL_CMD_NEWEDIT: what came back from the editor replaces the rest of the line and is
     * scanned as new input (not echoed, not counted as lines read), so its complete statements
     * run; what is left in the buffer is shown again at a terminal.
     */
    private Outcome rescanEdited(InputSource source) {
        String text = editedText;
        editedText = null;
        if (interactive && source == console && !text.isBlank()) {
            terminal.remember(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        int edit = edits;
        for (String line : body.split("\n", -1)) {
            if (line.isEmpty()) {
                source.splitter().feedEditedBlankLine();
                continue;
            }
            if (scanStatements(source, line) == Outcome.QUIT) {
                return Outcome.QUIT;
            }
            if (edits != edit) {
                return Outcome.CONTINUE; // an \\e inside the edited text replaced the rest of it
            }
        }
        source.splitter().endEditedText();
        String buffer = source.splitter().queryBuffer();
        if (!buffer.isEmpty() && interactive && source == console) {
            // psql shows at a terminal what is left to finish, after its first prompt
            output.print(prompt(PromptStatus.READY) + buffer);
        }
        return Outcome.CONTINUE;
    }

    /** psql interpolates no variable inside a skipped branch of {@code \\if}. */
    private java.util.function.Function<String, String> interpolation(InputSource source) {
        return name -> source.conditions().active() ? variables.get(name) : null;
    }

    private static boolean inQuote(PromptStatus status) {
        return status == PromptStatus.SINGLE_QUOTE || status == PromptStatus.DOUBLE_QUOTE
                || status == PromptStatus.DOLLAR_QUOTE || status == PromptStatus.COMMENT;
    }

    /**
     * The end of a source: a COPY still reading it ends; what is left in its buffer is sent when
     * {@code sendRest}, as psql does for files and pipes (not at a terminal).
     */
    private Outcome flushSource(InputSource source, boolean sendRest) {
        if (source.copy() != null) {
            finishCopy(source);
            return Outcome.CONTINUE;
        }
        var rest = source.splitter().finishInput();
        if (rest.isPresent() && sendRest && !source.conditions().active()) {
            ignoredQuery(source);
        } else if (rest.isPresent() && sendRest) {
            Outcome outcome = sendQuery(source, rest.get(), settings.printOptions());
            if (outcome == Outcome.QUIT || stopOnError() == Outcome.QUIT) {
                return Outcome.QUIT;
            }
        }
        if (!source.conditions().isEmpty()) {
            output.error(Messages.UNCLOSED_IF);
            if (!interactive && variables.isOn("ON_ERROR_STOP")) {
                exitCode = EXIT_USER;
                return Outcome.QUIT;
            }
        }
        return Outcome.CONTINUE;
    }

    /** A statement inside a skipped branch of {@code \\if}: not sent (at a terminal psql says so). */
    private void ignoredQuery(InputSource source) {
        if (interactive && source == console) {
            output.error(Messages.QUERY_IGNORED);
        }
    }

    /**
     * {@code \\if}, {@code \\elif}, {@code \\else} and {@code \\endif} (psql's exec_command_if and
     * friends): they change the source's branch state and keep or drop the statement text typed
     * in the branch that ends. An expression that is not a Boolean is an error and counts as false.
     */
    private Command.Done branch(InputSource source, String name, MetaArguments arguments) {
        ConditionalStack conditions = source.conditions();
        StatementSplitter splitter = source.splitter();
        ConditionalStack.State state = conditions.peek();
        switch (name) {
            case "if" -> {
                if (conditions.active()) {
                    conditions.push(ConditionalStack.State.TRUE, splitter.mark());
                    if (!trueExpression(arguments, "\\if expression")) {
                        conditions.poke(ConditionalStack.State.FALSE);
                    }
                } else {
                    conditions.push(ConditionalStack.State.IGNORED, splitter.mark());
                }
            }
            case "elif" -> {
                if (state == null || state == ConditionalStack.State.ELSE_TRUE
                        || state == ConditionalStack.State.ELSE_FALSE) {
                    return branchError(state == null ? "\\elif: no matching \\if" : "\\elif: cannot occur after \\else");
                }
                if (state == ConditionalStack.State.TRUE) {
                    conditions.save(splitter.mark());
                    conditions.poke(ConditionalStack.State.IGNORED);
                } else if (state == ConditionalStack.State.FALSE) {
                    splitter.restore(conditions.saved());
                    conditions.poke(ConditionalStack.State.TRUE);
                    if (!trueExpression(arguments, "\\elif expression")) {
                        conditions.poke(ConditionalStack.State.FALSE);
                    }
                } else {
                    splitter.restore(conditions.saved());
                }
            }
            case "else" -> {
                if (state == null || state == ConditionalStack.State.ELSE_TRUE
                        || state == ConditionalStack.State.ELSE_FALSE) {
                    return branchError(state == null ? "\\else: no matching \\if" : "\\else: cannot occur after \\else");
                }
                if (state == ConditionalStack.State.TRUE) {
                    conditions.save(splitter.mark());
                    conditions.poke(ConditionalStack.State.ELSE_FALSE);
                } else {
                    splitter.restore(conditions.saved());
                    conditions.poke(state == ConditionalStack.State.FALSE ? ConditionalStack.State.ELSE_TRUE
                            : ConditionalStack.State.ELSE_FALSE);
                }
            }
            default -> { // endif
                if (state == null) {
                    return branchError("\\endif: no matching \\if");
                }
                if (state != ConditionalStack.State.TRUE && state != ConditionalStack.State.ELSE_TRUE) {
                    splitter.restore(conditions.saved());
                }
                conditions.pop();
            }
        }
        // psql reads the rest of a skipped \\elif's expression without interpolating it
        arguments.remaining();
        return Command.Result.OK;
    }

    private Command.Done branchError(String message) {
        output.error(message);
        return Command.Result.failed(message);
    }

    /** psql's is_true_boolean_expression: the arguments joined by spaces, read as a Boolean. */
    private boolean trueExpression(MetaArguments arguments, String what) {
        String expression = String.join(" ", arguments.remaining());
        Boolean value = ShellVariables.parseBoolean(expression);
        if (value == null) {
            output.error("unrecognized value \"" + expression + "\" for \"" + what + "\": Boolean expected");
            return false;
        }
        return value;
    }

    private Outcome colonCommand(String line) {
        ShellHost.ColonResult result = host.colonCommand(line.strip(), connection.target(), connection.database(), out);
        out.flush();
        return switch (result) {
            case QUIT -> Outcome.QUIT;
            case UNKNOWN -> {
                output.error(Messages.unknownColonCommand(line,
                        host.colonCommands().stream().map(ShellHost.CommandHelp::name).toList()));
                yield Outcome.CONTINUE;
            }
            case RECONNECT -> {
                reconnect();
                yield Outcome.CONTINUE;
            }
            case CONTINUE -> Outcome.CONTINUE;
        };
    }

    /** After the host replaced the databases (:reset): a new session on the same database. */
    private void reconnect() {
        try {
            connection.reconnect();
        } catch (SQLException e) {
            output.error(Messages.reconnectFailed(connection.database(), ErrorText.gist(e)));
        }
    }

    private Outcome runMetaCommand(InputSource source, MetaCommand meta) {
        String text = ("\\" + meta.name() + meta.arguments()).stripTrailing();
        Command command = CommandTable.find(meta.name());
        boolean skipped = !source.conditions().active() && PsqlCommandNames.known(meta.name());
        if (command == null && !BRANCHING.contains(meta.name()) && !skipped) {
            String message = Messages.invalidCommand(meta.name());
            output.error(message);
            if (interactive) {
                output.hint(Messages.TRY_HELP);
            }
            source.splitter().discardRestOfLine();
            report(text, ExecutedInput.Kind.META, message);
            return Outcome.CONTINUE;
        }
        String ranIn = connection.database();
        boolean branching = BRANCHING.contains(meta.name());
        if (!branching && !source.conditions().active()) {
            // parsed but not run; at a terminal psql says so
            if (interactive && source == console) {
                output.warning("\\" + meta.name() + " command ignored; use \\endif or Ctrl-C to exit current \\if block");
            }
            return Outcome.CONTINUE;
        }
        MetaArguments arguments = new MetaArguments(meta.arguments(), interpolation(source));
        lastFailed = false;
        Command.Result next = branching ? branch(source, meta.name(), arguments)
                : command.handler().run(context, new Command.Call(meta.name(), arguments, source));
        // psql warns of extra arguments as the command returns: before the query of a command
        // that sends one (PSQL_CMD_SEND), after the work of the others
        boolean sends = next instanceof Command.Send || next instanceof Command.Crosstab
                || next instanceof Command.Gexec || next instanceof Command.Gdesc;
        if (sends) {
            warnExtraArguments(meta.name(), arguments);
        }
        Command.Done result = perform(source, next);
        if (result.status() == Command.Status.OK && !sends) {
            warnExtraArguments(meta.name(), arguments);
        } else if (result.status() == Command.Status.FAILED) {
            source.splitter().discardRestOfLine();
        }
        if (result.status() == Command.Status.FAILED) {
            lastFailed = true;
        }
        host.executed(new ExecutedInput(ranIn, text, ExecutedInput.Kind.META, result.error()));
        return result.status() == Command.Status.QUIT ? Outcome.QUIT : Outcome.CONTINUE;
    }

    private void warnExtraArguments(String command, MetaArguments arguments) {
        for (String extra : arguments.remaining()) {
            output.warning(Messages.extraArgumentIgnored(command, extra));
        }
    }

    /**
     * Does what a meta-command returned (psql's MainLoop after HandleSlashCmds): sends the buffer,
     * watches it, runs a file or a {@code \copy}.
     */
    private Command.Done perform(InputSource source, Command.Result result) {
        Outcome outcome;
        if (result instanceof Command.Send send) {
            outcome = sendQuery(source, send.sql(), send.options(), send.gsetPrefix());
        } else if (result instanceof Command.Crosstab crosstab) {
            outcome = sendQuery(source, crosstab.sql(), crosstab.options(), null, crosstab.args());
        } else if (result instanceof Command.Gdesc gdesc) {
            outcome = gdesc(source, gdesc.sql());
        } else if (result instanceof Command.Gexec gexec) {
            outcome = gexec(source, gexec.sql());
        } else if (result instanceof Command.Watch watch) {
            outcome = watch(source, watch.sql(), watch.seconds());
        } else if (result instanceof Command.Copy copy) {
            outcome = slashCopy(source, copy.copy());
        } else if (result instanceof Command.Edited edited) {
            source.splitter().discardRestOfLine();
            source.splitter().reset();
            editedText = edited.text();
            edits++;
            return Command.Result.OK;
        } else if (result instanceof Command.Include include) {
            try {
                outcome = include(include.path(), include.name());
            } catch (IOException e) {
                String message = Messages.fileError(include.name(), CommandTable.ioReason(e));
                output.error(message);
                return Command.Result.failed(message);
            }
        } else {
            Command.Done done = (Command.Done) result;
            if (done.exitStatus() != null) {
                exitCode = done.exitStatus();
            }
            return done;
        }
        return outcome == Outcome.QUIT ? Command.Result.QUIT : Command.Result.OK;
    }

    // ---- running SQL (psql's SendQuery) -------------------------------------------------------

    /** Sends one query buffer, prints its results, and reports it. */
    private Outcome sendQuery(InputSource source, String sql, PrintOptions options) {
        return sendQuery(source, sql, options, null);
    }

    /**
     * Sends one query buffer; with a {@code gsetPrefix} (psql's {@code \gset}) its one row goes into
     * variables instead of being printed.
     */
    private Outcome sendQuery(InputSource source, String sql, PrintOptions options, String gsetPrefix) {
        return sendQuery(source, sql, options, gsetPrefix, null);
    }

    /** ... and with {@code crosstabArgs} (psql's {@code \\crosstabview}) its result is printed pivoted. */
    private Outcome sendQuery(InputSource source, String sql, PrintOptions options, String gsetPrefix,
                              java.util.List<String> crosstabArgs) {
        if (!connection.isOpen() && interactive) {
            // psql waits for a \c after a failed reset; a sandbox's server is often back by the next
            // command (a restart, :reset), so try once more before saying there is no connection
            try {
                connection.reconnect();
            } catch (SQLException e) {
                // still none
            }
        }
        if (!connection.isOpen()) {
            output.error(Messages.NOT_CONNECTED);
            report(transcriptText(sql), ExecutedInput.Kind.SQL, Messages.NOT_CONNECTED);
            lastFailed = true;
            return Outcome.CONTINUE;
        }
        previousQuery = sql;
        String echo = variables.get("ECHO");
        if ("queries".equals(echo)) {
            output.println(sql);
        }
        TransactionGuard.Opened opened = transactions.open(sql, interactive);
        if (!opened.ok()) {
            lastFailed = true;
            report(transcriptText(sql), ExecutedInput.Kind.SQL, "not sent: psql's BEGIN or SAVEPOINT before it failed");
            return connection.isClosed() ? connectionLost() : Outcome.CONTINUE;
        }
        // most statements never say COPY: they skip a second lexing and four regular expressions
        if (CopyStatement.mayBeCopy(sql)) {
            List<String> parts = dev.ride.shell.query.CombinedQuery.copyParts(sql);
            if (parts != null) {
                implicitTransaction = transactions.beginImplicit(parts);
                return sendAroundCopy(source, new ArrayDeque<>(parts), options, opened, sql);
            }
            if (CopyStatement.isCopyOut(sql)) {
                return finished(transcriptText(sql), guarded(opened, copies.copyOut(sql)));
            }
            if (CopyStatement.isCopyIn(sql)) {
                copyGuard = opened;
                return startCopyIn(source, sql);
            }
        }
        SqlOutcome ran = queries.run(sql, options, gsetPrefix, crosstabArgs, watching);
        if (ran.failed() && "errors".equals(echo)) {
            output.continuation("STATEMENT:  " + sql + "\n");
        }
        return finished(transcriptText(sql), guarded(opened, ran));
    }

    /** psql's end of SendQuery: ON_ERROR_ROLLBACK's savepoint rolled back to or released; a failure there fails the query. */
    private SqlOutcome guarded(TransactionGuard.Opened opened, SqlOutcome ran) {
        if (transactions.close(opened, ran.savepointGone()) || ran.failed()) {
            return ran;
        }
        return new SqlOutcome("ON_ERROR_ROLLBACK's savepoint failed", connection.isClosed());
    }

    /** psql's {@code \\gdesc}: the result's columns and types, from the prepared query; nothing runs. */
    private Outcome gdesc(InputSource source, String sql) {
        if (!connection.isOpen()) {
            output.error(Messages.NOT_CONNECTED);
            lastFailed = true;
            return Outcome.CONTINUE;
        }
        String describing;
        try {
            describing = dev.ride.shell.query.ResultDescription.describingQuery(connection.jdbc(), sql);
        } catch (SQLException e) {
            output.server(ErrorText.of(e, sql, MessageStyle.of(variables)));
            connection.rememberError(e, sql);
            dev.ride.shell.query.ResultVariables.set(variables, e, null, null); // psql's DescribeQuery sets them
            lastFailed = true;
            previousQuery = sql;
            report(transcriptText(sql), ExecutedInput.Kind.SQL, ErrorText.gist(e));
            return ErrorText.isConnectionFailure(e) ? connectionLost() : Outcome.CONTINUE;
        }
        Outcome outcome = Outcome.CONTINUE;
        if (describing == null) {
            output.result("The command has no result, or the result has no columns.");
            lastFailed = false;
        } else {
            outcome = finished(transcriptText(sql), queries.run(describing, settings.printOptions(), null, false));
        }
        previousQuery = sql; // psql remembers the described query, not the one describing it
        return outcome;
    }

    /**
     * psql's {@code \\gexec} (ExecQueryTuples): the query's values, row by row and left to right,
     * each sent as a statement; NULLs are skipped, ECHO all shows each before it runs, and
     * ON_ERROR_STOP ends the loop at the first failure.
     */
    private Outcome gexec(InputSource source, String sql) {
        if (!connection.isOpen()) {
            output.error(Messages.NOT_CONNECTED);
            lastFailed = true;
            return Outcome.CONTINUE;
        }
        previousQuery = sql;
        java.util.List<String> statements = new java.util.ArrayList<>();
        try (java.sql.Statement statement = connection.jdbc().createStatement();
             java.sql.ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    String value = rows.getString(i);
                    if (value != null) {
                        statements.add(value);
                    }
                }
            }
        } catch (SQLException e) {
            output.server(ErrorText.of(e, sql));
            lastFailed = true;
            report(transcriptText(sql), ExecutedInput.Kind.SQL, ErrorText.gist(e));
            return ErrorText.isConnectionFailure(e) ? connectionLost() : Outcome.CONTINUE;
        }
        boolean failed = false;
        for (String generated : statements) {
            if ("all".equals(variables.get("ECHO"))) {
                output.println(generated);
            }
            if (sendQuery(source, generated, settings.printOptions()) == Outcome.QUIT) {
                return Outcome.QUIT;
            }
            failed |= lastFailed;
            if (lastFailed && variables.isOn("ON_ERROR_STOP")) {
                break;
            }
        }
        lastFailed = failed;
        return Outcome.CONTINUE;
    }

    /** Keeps the books after a query or COPY: psql's success flag, the transcript, CheckConnection. */
    private Outcome finished(String transcriptText, SqlOutcome ran) {
        lastFailed = ran.failed();
        report(transcriptText, ExecutedInput.Kind.SQL, ran.error());
        return ran.connectionLost() ? connectionLost() : Outcome.CONTINUE;
    }

    // ---- COPY with data from the input or to the output ---------------------------------------

    private Outcome copyOut(String sql) {
        return finished(transcriptText(sql), copies.copyOut(sql));
    }

    private Outcome startCopyIn(InputSource source, String sql) {
        SqlOutcome failed = copies.startCopyIn(source, sql);
        if (failed != null) {
            return finished(transcriptText(sql), guardedCopy(failed));
        }
        if (interactive && source == console) {
            output.println(Messages.COPY_IN_INSTRUCTIONS);
        }
        return Outcome.CONTINUE;
    }

    private void copyLine(InputSource source, String line) {
        if (line.equals("\\.")) {
            finishCopy(source);
        } else {
            copies.sendLine(source, line);
        }
    }

    private void finishCopy(InputSource source) {
        String sql = source.copyStatement();
        SqlOutcome copied = copies.finishCopyIn(source);
        Deque<String> after = afterCopy;
        afterCopy = null;
        if (after != null && !copied.failed()) {
            TransactionGuard.Opened opened = copyGuard;
            copyGuard = null;
            sendAroundCopy(source, after, settings.printOptions(), opened, combinedQuery);
            return;
        }
        if (after != null) {
            endImplicitTransaction(true);
        }
        finished(transcriptText(after != null ? combinedQuery : sql), guardedCopy(copied)); // never a lost connection
    }

    private void endImplicitTransaction(boolean failed) {
        if (implicitTransaction) {
            implicitTransaction = false;
            transactions.endImplicit(failed);
        }
    }

    /**
     * A {@code \;}-combined query holding a COPY with data on this side ({@link
     * dev.ride.shell.query.CombinedQuery}): the statements before the COPY go as one query, then the
     * COPY, then the rest, stopping at the first failure as the server would. After a COPY FROM
     * STDIN the rest waits for its data ({@link #finishCopy}).
     */
    private Outcome sendAroundCopy(InputSource source, Deque<String> parts, PrintOptions options,
                                   TransactionGuard.Opened opened, String whole) {
        StringBuilder plain = new StringBuilder();
        SqlOutcome ran = new SqlOutcome(null, false);
        while (!parts.isEmpty() && !ran.failed()) {
            String part = parts.poll();
            if (!dev.ride.shell.query.CombinedQuery.isCopy(part)) {
                plain.append(plain.length() > 0 ? "\n" : "").append(part);
                continue;
            }
            ran = runPlain(plain, options);
            if (ran.failed()) {
                break;
            }
            if (CopyStatement.isCopyOut(part)) {
                ran = copies.copyOut(part);
            } else {
                copyGuard = opened;
                afterCopy = parts;
                combinedQuery = whole;
                SqlOutcome failed = copies.startCopyIn(source, part);
                if (failed == null) {
                    return Outcome.CONTINUE;
                }
                afterCopy = null;
                copyGuard = null;
                ran = failed;
            }
        }
        if (!ran.failed()) {
            ran = runPlain(plain, options);
        }
        endImplicitTransaction(ran.failed());
        return finished(transcriptText(whole), guarded(opened, ran));
    }

    /** Sends the statements collected in {@code plain} (if any) as one query, and empties it. */
    private SqlOutcome runPlain(StringBuilder plain, PrintOptions options) {
        if (plain.isEmpty()) {
            return new SqlOutcome(null, false);
        }
        String text = plain.toString();
        plain.setLength(0);
        return queries.run(text, options, null, watching);
    }

    /** The end of a COPY FROM STDIN: the savepoint made before it (if any) is settled now. */
    private SqlOutcome guardedCopy(SqlOutcome ran) {
        TransactionGuard.Opened opened = copyGuard;
        copyGuard = null;
        return opened == null ? ran : guarded(opened, ran);
    }

    /** psql's {@code \\copy}: the server's COPY with the data read or written on this side. */
    private Outcome slashCopy(InputSource source, SlashCopy copy) {
        if (!connection.isOpen()) {
            output.error(Messages.NOT_CONNECTED);
            lastFailed = true;
            return Outcome.CONTINUE;
        }
        if (copy.file() == null) {
            return copy.from() ? startCopyIn(source, copy.sql()) : copyOut(copy.sql());
        }
        return finished(copy.sql(), copies.copyFile(copy));
    }

    /**
     * psql 15's {@code \\watch}: runs the query again every {@code seconds} under a title with the
     * time, until it fails (psql 15 has no iteration count) or the connection is lost.
     */
    private Outcome watch(InputSource source, String sql, double seconds) {
        String interval = java.math.BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
        java.time.format.DateTimeFormatter clock = java.time.format.DateTimeFormatter
                .ofPattern("EEE MMM ppd HH:mm:ss yyyy", java.util.Locale.ENGLISH);
        String userTitle = settings.printOptions().title();
        // psql does not remember a watched query as the previous one (\\g and \\watch would not repeat it)
        String previous = previousQuery;
        watching = true;
        try {
            return watchLoop(source, sql, seconds, interval, clock, userTitle);
        } finally {
            watching = false;
            previousQuery = previous;
        }
    }

    private Outcome watchLoop(InputSource source, String sql, double seconds, String interval,
                              java.time.format.DateTimeFormatter clock, String userTitle) {
        while (true) {
            String now = java.time.LocalDateTime.now().format(clock);
            String title = (userTitle != null ? userTitle + "\t" : "") + now + " (every " + interval + "s)\n";
            if (sendQuery(source, sql, settings.printOptions().withTitle(title)) == Outcome.QUIT) {
                return Outcome.QUIT;
            }
            if (lastFailed) {
                break;
            }
            try {
                Thread.sleep(Math.max(1, (long) (seconds * 1000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // psql ends a watch without pager with a newline on stdout (for the ^C the terminal echoed)
        output.print("\n");
        return Outcome.CONTINUE;
    }

    /** psql's CheckConnection: reset interactively, give up in a script. */
    private Outcome connectionLost() {
        connection.drop();
        if (!interactive) {
            output.error(Messages.CONNECTION_LOST);
            exitCode = ShellConnection.EXIT_BAD_CONNECTION;
            return Outcome.QUIT;
        }
        try {
            connection.reconnect();
            output.continuation(Messages.CONNECTION_LOST_RESET + Messages.RESET_SUCCEEDED + "\n");
        } catch (SQLException e) {
            output.continuation(Messages.CONNECTION_LOST_RESET + Messages.RESET_FAILED + "\n");
        }
        return Outcome.CONTINUE;
    }

    // ---- for the front ends -------------------------------------------------------------------

    ShellHost host() {
        return host;
    }

    /** psql's {@code \pset pager}: 0 off, 1 for output taller than the terminal, 2 always. */
    int pager() {
        return settings.pager();
    }

    /** Runs every line of a file as psql's {@code \i} does, with its own statement buffer. */
    private Outcome include(Path path, String nameInMessages) throws IOException {
        if (Files.isDirectory(path)) {
            // psql opens it, then fails on the first read, before any line: no line number
            output.continuation("psql:" + nameInMessages + ": error: could not read from input file: Is a directory\n");
            lastFailed = true;
            return Outcome.CONTINUE;
        }
        InputSource source = InputSource.file(nameInMessages, path.toAbsolutePath().getParent());
        source.splitter().setVariables(interpolation(source));
        sources.push(source);
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (processLine(source, line) == Outcome.QUIT) {
                    return Outcome.QUIT;
                }
            }
            return flushSource(source, true);
        } finally {
            sources.pop();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void report(String text, ExecutedInput.Kind kind, String error) {
        host.executed(new ExecutedInput(connection.database(), text, kind, error));
    }

    /** The statement as the transcript keeps it: without the trailing semicolon. */
    private static String transcriptText(String sql) {
        String text = sql.strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    /** The narrow view of the session that meta-command handlers get. */
    private final class Context implements MetaContext {
        @Override
        public ShellOutput output() {
            return output;
        }

        @Override
        public ShellVariables variables() {
            return variables;
        }

        @Override
        public ShellSettings settings() {
            return settings;
        }

        @Override
        public ShellConnection connection() {
            return connection;
        }

        @Override
        public ShellEnvironment environment() {
            return environment;
        }

        @Override
        public boolean interactive() {
            return interactive;
        }

        @Override
        public String previousQuery() {
            return previousQuery;
        }

        @Override
        public List<ShellHost.CommandHelp> colonCommands() {
            return host.colonCommands();
        }

        @Override
        public String hostsOwnLogin() {
            return host.ownLogin();
        }

        @Override
        public ShellTerminal terminal() {
            return terminal;
        }
    }
}
