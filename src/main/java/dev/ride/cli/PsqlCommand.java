package dev.ride.cli;

import dev.ride.shell.InteractiveShell;
import dev.ride.shell.ScriptShell;
import dev.ride.shell.StandardStreamsTerminal;
import dev.ride.shell.ShellSession;
import dev.ride.shell.client.ClientParameters;
import dev.ride.shell.client.PgPass;
import dev.ride.shell.client.StandaloneHost;
import dev.ride.shell.print.Utf8Output;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * {@code ride psql}: the drill's shell as a standalone client for any PostgreSQL server, with
 * psql's common options, its environment variables and {@code ~/.pgpass}. The command line only
 * translates options into the session's settings; the shell does the rest.
 */
@Command(name = "psql", sortOptions = false,
        description = {"A psql-compatible client for any PostgreSQL server (no drill).",
                "Options, PG* environment variables and ~/.pgpass work as with psql."})
final class PsqlCommand implements Callable<Integer> {

    /** psql's exit status when it cannot connect. */
    private static final int EXIT_BAD_CONNECTION = 2;

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--command"}, paramLabel = "COMMAND", description = "run only COMMAND (SQL or a \\ command); may repeat")
    List<String> commands = new ArrayList<>();
    @Option(names = {"-f", "--file"}, paramLabel = "FILENAME", description = "run the commands of FILENAME (- for stdin); may repeat")
    List<String> files = new ArrayList<>();
    @Option(names = {"-v", "--set", "--variable"}, paramLabel = "NAME=VALUE", description = "set psql variable NAME to VALUE")
    List<String> variables = new ArrayList<>();
    @Option(names = {"-X", "--no-psqlrc"}, description = "do not read the startup file (~/.psqlrc)")
    boolean noPsqlrc;
    @Option(names = {"-1", "--single-transaction"}, description = "run the -c and -f commands in one transaction")
    boolean singleTransaction;

    @Option(names = {"-a", "--echo-all"}, description = "echo all input from a script")
    boolean echoAll;
    @Option(names = {"-b", "--echo-errors"}, description = "echo failed commands")
    boolean echoErrors;
    @Option(names = {"-e", "--echo-queries"}, description = "echo the commands sent to the server")
    boolean echoQueries;
    @Option(names = {"-L", "--log-file"}, paramLabel = "FILENAME", description = "also write the session's output to FILENAME")
    Path logFile;
    @Option(names = {"-o", "--output"}, paramLabel = "FILENAME", description = "send query results to FILENAME")
    Path output;
    @Option(names = {"-q", "--quiet"}, description = "run quietly (no messages, only query output)")
    boolean quiet;

    @Option(names = {"-A", "--no-align"}, description = "unaligned table output mode")
    boolean noAlign;
    @Option(names = "--csv", description = "CSV table output mode")
    boolean csv;
    @Option(names = {"-F", "--field-separator"}, paramLabel = "STRING", description = "field separator for unaligned output")
    String fieldSeparator;
    @Option(names = {"-P", "--pset"}, paramLabel = "VAR[=ARG]", description = "set printing option VAR to ARG (see \\pset)")
    List<String> psets = new ArrayList<>();
    @Option(names = {"-R", "--record-separator"}, paramLabel = "STRING", description = "record separator for unaligned output")
    String recordSeparator;
    @Option(names = {"-t", "--tuples-only"}, description = "print rows only")
    boolean tuplesOnly;
    @Option(names = {"-x", "--expanded"}, description = "turn on expanded table output")
    boolean expanded;
    @Option(names = {"-z", "--field-separator-zero"}, description = "zero byte as field separator for unaligned output")
    boolean fieldSeparatorZero;
    @Option(names = {"-0", "--record-separator-zero"}, description = "zero byte as record separator for unaligned output")
    boolean recordSeparatorZero;

    @Option(names = {"-d", "--dbname"}, paramLabel = "DBNAME", description = "database name, URI or conninfo string")
    String dbname;
    @Option(names = {"-h", "--host"}, paramLabel = "HOSTNAME", description = "database server host")
    String host;
    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "database server port")
    String port;
    @Option(names = {"-U", "--username"}, paramLabel = "USERNAME", description = "database user name")
    String user;
    @Option(names = {"-w", "--no-password"}, description = "never prompt for a password")
    boolean noPassword;
    @Option(names = {"-W", "--password"}, description = "prompt for a password before connecting")
    boolean passwordPrompt;

    @Option(names = {"-?", "--help"}, usageHelp = true, description = "show this help, then exit")
    boolean help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DBNAME", description = "database name (or URI)")
    String dbnameArgument;
    @Parameters(index = "1", arity = "0..1", paramLabel = "USERNAME", description = "user name")
    String userArgument;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        applyTimeZone(env.get("PGTZ"));
        Map<String, String> given = new HashMap<>();
        given.put("dbname", dbname != null ? dbname : dbnameArgument);
        given.put("user", user != null ? user : userArgument);
        given.put("host", host);
        given.put("port", port);
        ClientParameters parameters;
        try {
            parameters = ClientParameters.resolve(given, env, System.getProperty("user.name"));
        } catch (IllegalArgumentException e) {
            err.println("psql: error: " + e.getMessage());
            return EXIT_BAD_CONNECTION;
        }
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
        List<Action> actions = actionsInOrder();
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

    private List<Action> actionsInOrder() {
        Iterator<String> c = commands.iterator();
        Iterator<String> f = files.iterator();
        List<Action> actions = new ArrayList<>();
        for (ArgSpec arg : spec.commandLine().getParseResult().matchedArgs()) {
            if (arg instanceof OptionSpec option && option.longestName().equals("--command") && c.hasNext()) {
                actions.add(new Action(false, c.next()));
            } else if (arg instanceof OptionSpec option && option.longestName().equals("--file") && f.hasNext()) {
                actions.add(new Action(true, f.next()));
            }
        }
        c.forEachRemaining(text -> actions.add(new Action(false, text)));
        f.forEachRemaining(text -> actions.add(new Action(true, text)));
        return actions;
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
