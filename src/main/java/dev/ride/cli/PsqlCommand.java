package dev.ride.cli;

import dev.ride.shell.InteractiveShell;
import dev.ride.shell.ScriptShell;
import dev.ride.shell.StandardStreamsTerminal;
import dev.ride.shell.ShellSession;
import dev.ride.shell.client.ClientParameters;
import dev.ride.shell.client.PgPass;
import dev.ride.shell.client.StandaloneHost;
import dev.ride.shell.print.Utf8Output;
import dev.ride.shell.warm.StatementPathWarmUp;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * {@code ride psql}: the drill's shell as a standalone client for any PostgreSQL server, with
 * psql's common options, its environment variables and {@code ~/.pgpass}. The command line only
 * translates options into the session's settings; the shell does the rest.
 *
 * <p>{@link Main} hands it a command line that starts with {@code psql} directly, read by
 * {@link PsqlOptions} as psql reads its own, so that no picocli command is built for a client
 * whose start is measured against psql's; the command tree has it too, for help and completion.
 */
final class PsqlCommand implements Callable<Integer> {

    /** psql's exit status when it cannot connect. */
    private static final int EXIT_BAD_CONNECTION = 2;

    final List<String> commands = new ArrayList<>();
    final List<String> files = new ArrayList<>();
    final List<String> variables = new ArrayList<>();
    boolean noPsqlrc;
    boolean singleTransaction;

    boolean echoAll;
    boolean echoErrors;
    boolean echoQueries;
    Path logFile;
    Path output;
    boolean quiet;

    boolean noAlign;
    boolean csv;
    String fieldSeparator;
    final List<String> psets = new ArrayList<>();
    String recordSeparator;
    boolean tuplesOnly;
    boolean expanded;
    boolean fieldSeparatorZero;
    boolean recordSeparatorZero;

    String dbname;
    String host;
    String port;
    String user;
    boolean noPassword;
    boolean passwordPrompt;

    /** -c and -f in command-line order. */
    private final List<Action> actions = new ArrayList<>();
    private final List<String> ignoredArguments = new ArrayList<>();

    /**
     * Runs {@code ride psql} with {@code args}, the words after {@code psql}: psql's messages and
     * exit status for a command line it would refuse, ride's one line for a failure nobody foresaw.
     */
    static int run(List<String> args) {
        PsqlOptions.Parsed parsed;
        try {
            parsed = PsqlOptions.parse(args);
        } catch (PsqlOptions.UsageException e) {
            System.err.println("psql: " + e.getMessage());
            System.err.println("psql: hint: Try \"psql --help\" for more information.");
            return 1;
        }
        if (parsed.help()) {
            RideCommand.commandLine("psql").getSubcommands().get("psql").usage(System.out);
            return ExitCodes.OK;
        }
        try {
            return new PsqlCommand(parsed).call();
        } catch (Exception e) {
            System.err.println("ride: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("RIDE_DEBUG") != null) {
                e.printStackTrace();
            }
            return ExitCodes.SANDBOX_FAILED;
        }
    }

    /**
     * The command in the tree: options for help, the man page and completion; run (should picocli
     * ever be the one to run it) with the words after {@code psql}, read as above.
     */
    static CommandSpec commandSpec() {
        CommandSpec[] self = new CommandSpec[1];
        self[0] = PsqlOptions.commandSpec((Callable<Integer>) () -> {
            List<String> all = self[0].commandLine().getParseResult().originalArgs();
            int psql = all.indexOf("psql");
            return run(all.subList(psql + 1, all.size()));
        });
        return self[0];
    }

    PsqlCommand(PsqlOptions.Parsed parsed) {
        for (PsqlOptions.Given given : parsed.given()) {
            set(given.option().name(), given.value());
        }
        // psql's rule (startup.c): operands fill the database, then the user, when no option did
        for (String operand : parsed.operands()) {
            if (dbname == null) {
                dbname = operand;
            } else if (user == null) {
                user = operand;
            } else {
                ignoredArguments.add(operand);
            }
        }
    }

    private void set(String option, String value) {
        switch (option) {
            case "command" -> {
                commands.add(value);
                actions.add(new Action(false, value));
            }
            case "file" -> {
                files.add(value);
                actions.add(new Action(true, value));
            }
            case "set" -> variables.add(value);
            case "no-psqlrc" -> noPsqlrc = true;
            case "single-transaction" -> singleTransaction = true;
            case "echo-all" -> echoAll = true;
            case "echo-errors" -> echoErrors = true;
            case "echo-queries" -> echoQueries = true;
            case "log-file" -> logFile = Path.of(value);
            case "output" -> output = Path.of(value);
            case "quiet" -> quiet = true;
            case "no-align" -> noAlign = true;
            case "csv" -> csv = true;
            case "field-separator" -> fieldSeparator = value;
            case "pset" -> psets.add(value);
            case "record-separator" -> recordSeparator = value;
            case "tuples-only" -> tuplesOnly = true;
            case "expanded" -> expanded = true;
            case "field-separator-zero" -> fieldSeparatorZero = true;
            case "record-separator-zero" -> recordSeparatorZero = true;
            case "dbname" -> dbname = value;
            case "host" -> host = value;
            case "port" -> port = value;
            case "username" -> user = value;
            case "no-password" -> noPassword = true;
            case "password" -> passwordPrompt = true;
            default -> throw new IllegalArgumentException("an option without a setting: --" + option);
        }
    }

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        if (!quiet) {
            ignoredArguments.forEach(extra -> err.println("psql: warning: extra command-line argument \"" + extra + "\" ignored"));
        }
        applyTimeZone(env.get("PGTZ"));
        Map<String, String> given = new HashMap<>();
        given.put("dbname", dbname);
        given.put("user", user);
        given.put("host", host);
        given.put("port", port);
        ClientParameters parameters;
        try {
            parameters = ClientParameters.resolve(given, env, System.getProperty("user.name"));
        } catch (IllegalArgumentException e) {
            err.println("psql: error: " + e.getMessage());
            return EXIT_BAD_CONNECTION;
        }
        // a session of many statements: their path gets compiled on the second core while this
        // thread logs in; -c alone has one statement to gain nothing from it
        StatementPathWarmUp warmUp = actions.isEmpty() || actions.stream().anyMatch(Action::file)
                ? StatementPathWarmUp.start() : StatementPathWarmUp.NONE;
        StandaloneHost shellHost = new StandaloneHost(parameters, new PgPass(passwordFile(env), err::println),
                System.console() == null ? null : text -> readPassword(text), passwordPrompt, noPassword);
        PrintWriter out = new Utf8Output(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        try (ShellSession session = connect(shellHost, parameters, out, err)) {
            if (session == null) {
                return EXIT_BAD_CONNECTION;
            }
            if (!configure(session, err)) {
                return 1;
            }
            return run(session, out, err);
        } finally {
            out.flush();
            warmUp.stop(); // a script may end before its warm-up
        }
    }

    private static ShellSession connect(StandaloneHost host, ClientParameters parameters, PrintWriter out,
                                        PrintWriter err) {
        try {
            return new ShellSession(host, parameters.target().database(), out, err);
        } catch (SQLException e) {
            err.println("psql: error: connection to server at \"" + parameters.target().host() + "\", port "
                    + parameters.target().port() + " failed: " + e.getMessage());
            return null;
        }
    }

    /** The options that set variables and print settings, in psql's order (startup.c). */
    private boolean configure(ShellSession session, PrintWriter err) throws java.io.IOException {
        for (String assignment : variables) {
            int eq = assignment.indexOf('=');
            String name = eq < 0 ? assignment : assignment.substring(0, eq);
            String problem = session.setVariable(name, eq < 0 ? null : assignment.substring(eq + 1));
            if (problem != null) {
                err.println("psql: error: " + problem);
                return false;
            }
        }
        String echo = echoAll ? "all" : echoErrors ? "errors" : echoQueries ? "queries" : null;
        if (echo != null) {
            session.setVariable("ECHO", echo);
        }
        if (quiet) {
            session.setVariable("QUIET", "on");
        }
        boolean ok = true;
        if (noAlign) {
            ok &= session.pset("format", "unaligned");
        }
        if (csv) {
            ok &= session.pset("format", "csv");
        }
        if (fieldSeparator != null) {
            ok &= session.pset("fieldsep", fieldSeparator);
        }
        if (recordSeparator != null) {
            ok &= session.pset("recordsep", recordSeparator);
        }
        if (fieldSeparatorZero) {
            ok &= session.pset("fieldsep_zero", null);
        }
        if (recordSeparatorZero) {
            ok &= session.pset("recordsep_zero", null);
        }
        if (tuplesOnly) {
            ok &= session.pset("tuples_only", "on");
        }
        if (expanded) {
            ok &= session.pset("expanded", "on");
        }
        for (String pset : psets) {
            int eq = pset.indexOf('=');
            ok &= session.pset(eq < 0 ? pset : pset.substring(0, eq), eq < 0 ? null : pset.substring(eq + 1));
        }
        if (output != null) {
            session.redirectResults(output);
        }
        if (logFile != null) {
            err.println("psql: warning: -L is not supported by ride yet; ignoring \"" + logFile + "\"");
        }
        return ok;
    }

    private int run(ShellSession session, PrintWriter out, PrintWriter err) throws Exception {
        if (!noPsqlrc) {
            Path psqlrc = psqlrc();
            if (psqlrc != null && Files.isReadable(psqlrc)
                    && session.runFile(psqlrc, psqlrc.toString()) == ShellSession.Outcome.QUIT) {
                return session.exitCode();
            }
        }
        if (!actions.isEmpty()) {
            return runActions(session, actions, err);
        }
        if (System.console() != null) {
            return interactive(session, out);
        }
        return new ScriptShell(session).run(stdin());
    }

    private static BufferedReader stdin() {
        return StandardStreamsTerminal.stdin(); // shared with \\prompt, which reads stdin too
    }

    /**
     * psql runs -c and -f in the order given (startup.c): each sets the exit status (a failed -c
     * is 1, a file gives its own), ON_ERROR_STOP stops at the first failure, and with -1 they run
     * inside BEGIN and COMMIT (ROLLBACK after a failure), sent without output.
     */
    private int runActions(ShellSession session, List<Action> actions, PrintWriter err) {
        session.setInteractive(false);
        session.setTerminalColumns(0);
        if (singleTransaction) {
            session.executeSilently("BEGIN");
        }
        int result = 0;
        for (Action action : actions) {
            ShellSession.Outcome outcome = ShellSession.Outcome.CONTINUE;
            try {
                if (action.file() && action.text().equals("-")) {
                    result = new ScriptShell(session).run(stdin());
                } else if (action.file()) {
                    outcome = session.runFile(Path.of(action.text()), action.text());
                    result = session.exitCode();
                } else {
                    outcome = session.runCommand(action.text());
                    result = session.exitCode() == EXIT_BAD_CONNECTION ? EXIT_BAD_CONNECTION
                            : session.lastFailed() ? 1 : 0;
                }
            } catch (java.io.IOException e) {
                err.println("psql: error: " + action.text() + ": " + (e instanceof java.nio.file.NoSuchFileException
                        ? "No such file or directory" : e.getMessage()));
                result = 1;
            }
            if (result == EXIT_BAD_CONNECTION || (result != 0 && session.onErrorStop())
                    || (outcome == ShellSession.Outcome.QUIT && result == 0)) {
                break;
            }
        }
        if (singleTransaction) {
            session.executeSilently(result == 0 ? "COMMIT" : "ROLLBACK");
        }
        return result;
    }

    private int interactive(ShellSession session, PrintWriter out) throws Exception {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("ride").providers("jni,exec").build()) {
            PrintWriter screen = terminal.writer();
            screen.println("ride psql (psql 15 compatible)");
            screen.println("Type \"help\" for help.");
            screen.println();
            screen.flush();
            return new InteractiveShell(session).run(terminal, RidePaths.historyFile().resolveSibling("psql_history"));
        }
    }

    /** One -c or -f, in command-line order. */
    private record Action(boolean file, String text) {
    }

    /** libpq takes PGTZ as the session's time zone; pgjdbc sends the JVM's, so that is set. */
    private static void applyTimeZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return;
        }
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
        } catch (DateTimeException e) {
            // an unknown zone: the server would refuse it too; keep the system's
        }
    }

    private static Path passwordFile(Map<String, String> env) {
        String file = env.get("PGPASSFILE");
        return file != null && !file.isBlank() ? Path.of(file) : Path.of(System.getProperty("user.home"), ".pgpass");
    }

    private static Path psqlrc() {
        String file = System.getenv("PSQLRC");
        return file != null && !file.isBlank() ? Path.of(file) : Path.of(System.getProperty("user.home"), ".psqlrc");
    }

    private static String readPassword(String prompt) {
        char[] typed = System.console().readPassword("%s", prompt);
        return typed == null ? null : new String(typed);
    }
}
