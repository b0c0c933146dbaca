package dev.ride.shell.meta;

import dev.ride.shell.meta.Command.Call;
import dev.ride.shell.meta.Command.Copy;
import dev.ride.shell.meta.Command.Include;
import dev.ride.shell.meta.Command.Result;
import dev.ride.shell.meta.Command.Send;
import dev.ride.shell.meta.Command.Watch;
import dev.ride.shell.ErrorText;
import dev.ride.shell.Messages;
import dev.ride.shell.print.PrintOptions.Expanded;
import dev.ride.shell.print.PrintOptions.Format;
import dev.ride.shell.ConnectTarget;
import dev.ride.shell.ShellConnection;
import dev.ride.shell.ShellHost;
import dev.ride.shell.ShellVariables;
import dev.ride.sql.StatementSplitter;
import dev.ride.shell.describe.CatalogQuery;
import dev.ride.shell.describe.Describe;
import dev.ride.shell.describe.ExtensionContents;
import dev.ride.shell.print.PrintOptions;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.postgresql.util.ServerErrorMessage;

/**
 * Every backslash command the shell knows, in one table. {@code \?} and tab completion are
 * generated from it, so help cannot drift from behaviour (usql's metacmd table). Handlers follow
 * psql 15's command.c: same arguments, same messages.
 *
 * <p>Why about 550 lines: the table and its ~30 handlers (5 to 40 lines each) stay side by side,
 * so a command's help line, its spellings and what it does are read together, in {@code \?}'s
 * order. {@code \pset} ({@link Pset}) and the describe queries live in their own classes.
 */
public final class CommandTable {

    private static final List<Command> COMMANDS = withDescribeCommands(
            command("General", "\\q", "quit ride", "q|quit", List.of("\\q"), CommandTable::quit),
            command("General", "\\g", "execute query (the previous one if the buffer is empty)",
                    "g", List.of("\\g"), call -> false, CommandTable::send),
            command("General", "\\gx", "as \\g, but forces expanded output mode",
                    "gx", List.of("\\gx"), call -> true, CommandTable::send),
            command("General", "\\gset [PREFIX]", "execute query and store result in psql variables",
                    "gset", List.of("\\gset"), CommandTable::gset),
            command("General", "\\crosstabview [COLUMNS]", "execute query and display result in crosstab",
                    "crosstabview", List.of("\\crosstabview"), CommandTable::crosstab),
            command("General", "\\gdesc", "describe result of query, without executing it",
                    "gdesc", List.of("\\gdesc"), CommandTable::gdesc),
            command("General", "\\gexec", "execute query, then execute each value in its result",
                    "gexec", List.of("\\gexec"), CommandTable::gexec),
            command("General", "\\watch [SEC]", "execute query every SEC seconds (until it fails)",
                    "watch", List.of("\\watch"), CommandTable::watch),
            command("General", "\\errverbose", "show most recent error message at maximum verbosity",
                    "errverbose", List.of("\\errverbose"), CommandTable::errverbose),
            command("Help", "\\?", "show help on backslash and drill commands", "\\?", List.of("\\?"),
                    CommandTable::help),
            command("Help", "\\h [NAME]", "help on syntax of SQL commands, * for all commands",
                    "h|help", List.of("\\h", "\\help"), CommandTable::sqlHelp),
            command("Query Buffer", "\\p", "show the contents of the query buffer", "p|print", List.of("\\p"),
                    CommandTable::printBuffer),
            command("Query Buffer", "\\r", "reset (clear) the query buffer", "r|reset", List.of("\\r"),
                    CommandTable::resetBuffer),
            command("Input/Output", "\\copy ...", "perform SQL COPY with data stream to the client host",
                    "copy", List.of("\\copy"), CommandTable::copy),
            command("Input/Output", "\\echo [-n] [STRING]", "write string to standard output (-n for no newline)",
                    "echo", List.of("\\echo"), CommandTable::echo),
            command("Input/Output", "\\warn [-n] [STRING]", "write string to standard error (-n for no newline)",
                    "warn", List.of("\\warn"), CommandTable::echo),
            command("Input/Output", "\\i FILE", "execute commands from file", "i|include", List.of("\\i"),
                    call -> false, CommandTable::include),
            command("Input/Output", "\\ir FILE", "as \\i, but relative to location of current script",
                    "ir|include_relative", List.of("\\ir"), call -> true, CommandTable::include),
            command("Input/Output", "\\o [FILE]", "send all query results to file",
                    "o|out", List.of("\\o"), CommandTable::outputFile),
            command("Input/Output", "\\qecho [-n] [STRING]", "write string to \\o output stream",
                    "qecho", List.of("\\qecho"), CommandTable::echo),
            command("Variables", "\\set [NAME [VALUE]]", "set internal variable",
                    "set", List.of("\\set"), CommandTable::set),
            command("Variables", "\\setenv NAME [VALUE]", "set or unset environment variable",
                    "setenv", List.of("\\setenv"), CommandTable::setenv),
            command("Variables", "\\getenv PSQLVAR ENVVAR", "fetch environment variable",
                    "getenv", List.of("\\getenv"), CommandTable::getenv),
            command("Variables", "\\unset NAME", "unset (delete) internal variable",
                    "unset", List.of("\\unset"), CommandTable::unset),
            command("Informational", "\\d[S+]", "list tables, views, and sequences", "d[S+]*",
                    List.of("\\d", "\\d+"), CommandTable::describe),
            command("Informational", "\\d[S+]  NAME", "describe table, view, sequence, or index", null,
                    List.of(), CommandTable::describe),
            command("Informational", "\\di[S+] [PATTERN]", "list indexes", "d[tivmsE][tivmsES+]*",
                    List.of("\\di", "\\di+", "\\dt", "\\dt+", "\\dv", "\\dm", "\\ds", "\\dE"),
                    CommandTable::listRelations),
            command("Informational", "\\dm[S+] [PATTERN]", "list materialized views", null, List.of(),
                    CommandTable::listRelations),
            command("Informational", "\\dn[S+] [PATTERN]", "list schemas", "dn[S+]*", List.of("\\dn", "\\dn+"),
                    CommandTable::listSchemas),
            command("Informational", "\\ds[S+] [PATTERN]", "list sequences", null, List.of(),
                    CommandTable::listRelations),
            command("Informational", "\\dt[S+] [PATTERN]", "list tables", null, List.of(),
                    CommandTable::listRelations),
            command("Informational", "\\dv[S+] [PATTERN]", "list views", null, List.of(),
                    CommandTable::listRelations),
            command("Informational", "\\du     [PATTERN]", "list roles", "du|dg",
                    List.of("\\du"), CommandTable::listRoles),
            command("Informational", "\\dx[+]  [PATTERN]", "list extensions", "dx\\+?",
                    List.of("\\dx"), CommandTable::listExtensions),
            command("Informational", "\\l[+]   [PATTERN]", "list databases", "l\\+?|list\\+?",
                    List.of("\\l", "\\l+"), CommandTable::listDatabases),
            command("Formatting", "\\a", "toggle between unaligned and aligned output mode", "a", List.of("\\a"),
                    CommandTable::toggleAligned),
            command("Formatting", "\\pset [NAME [VALUE]]",
                    "set table output option\n(border|csv_fieldsep|expanded|fieldsep|footer|format|\n"
                            + "null|recordsep|title|tuples_only)", "pset", List.of("\\pset"), CommandTable::pset),
            command("Formatting", "\\t [on|off]", "show only rows", "t", List.of("\\t"), CommandTable::tuplesOnly),
            command("Formatting", "\\x [on|off|auto]", "toggle expanded output", "x", List.of("\\x"),
                    CommandTable::expanded),
            command("Connection", "\\c[onnect] [DBNAME]", "connect to another database of the drill",
                    "c|connect", List.of("\\c", "\\connect"), CommandTable::connect),
            command("Connection", "\\conninfo",
                    "display information about current connection and the URL for your own tools",
                    "conninfo", List.of("\\conninfo"), CommandTable::connInfo),
            command("Operating System", "\\timing [on|off]", "toggle timing of commands", "timing",
                    List.of("\\timing"), CommandTable::timing),
            command("Operating System", "\\! COMMAND", "execute command in shell (its output after it ends)",
                    "!", List.of("\\!"), CommandTable::shellCommand),
            command("Query Buffer", "\\w FILE", "write query buffer to file", "w|write", List.of("\\w"),
                    CommandTable::writeBuffer));

    private CommandTable() {
    }

    /**
     * The table above, then the commands kept in classes of their own: the describe commands of
     * {@link DescribeCommands}, the editor's ({@link EditorCommands}) and the ones that ask the
     * person at the terminal ({@link InteractiveCommands}). Each goes under its section in {@code \?}.
     */
    private static List<Command> withDescribeCommands(Command... commands) {
        List<Command> all = new ArrayList<>(List.of(commands));
        all.addAll(DescribeCommands.COMMANDS);
        all.addAll(EditorCommands.COMMANDS);
        all.addAll(InteractiveCommands.COMMANDS);
        all.addAll(LargeObjectCommands.COMMANDS);
        return List.copyOf(all);
    }

    /** The command answering to {@code name} (without the backslash), or null. */
    public static Command find(String name) {
        for (Command command : COMMANDS) {
            if (command.names() != null && command.answersTo(name)) {
                return command;
            }
        }
        return null;
    }

    /** Every spelling offered to tab completion. */
    public static List<String> completions() {
        List<String> words = new ArrayList<>();
        for (Command command : COMMANDS) {
            words.addAll(command.completions());
        }
        return words;
    }

    /** {@code \?}: the table's help lines by section, then the host's ':' commands. */
    static String helpText(List<ShellHost.CommandHelp> colonCommands) {
        Map<String, List<Command>> sections = new LinkedHashMap<>();
        for (Command command : COMMANDS) {
            sections.computeIfAbsent(command.section(), s -> new ArrayList<>()).add(command);
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<Command>> section : sections.entrySet()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(section.getKey()).append('\n');
            for (Command command : section.getValue()) {
                helpLine(text, command.usage(), command.description());
            }
        }
        if (!colonCommands.isEmpty()) {
            text.append("\nDrill\n");
            for (ShellHost.CommandHelp colon : colonCommands) {
                String usage = colon.arguments() == null || colon.arguments().isBlank()
                        ? colon.name() : colon.name() + " " + colon.arguments();
                helpLine(text, usage, colon.description());
            }
        }
        return text.toString();
    }

    /** psql's help layout: usage in 22 columns, then the description; continuation lines indented. */
    private static void helpLine(StringBuilder text, String usage, String description) {
        String[] lines = description.split("\n");
        text.append(String.format("  %-22s %s", usage, lines[0])).append('\n');
        for (int i = 1; i < lines.length; i++) {
            text.append(" ".repeat(25)).append(lines[i]).append('\n');
        }
    }

    // ---- handlers -----------------------------------------------------------------------------

    private static Result quit(MetaContext context, Call call) {
        return Result.QUIT;
    }

    /** {@code \\g} and {@code \\gx}: the buffer (or the previous query) is sent by the loop. */
    private static Result send(MetaContext context, Call call, boolean expanded) {
        String extra = call.arguments().next();
        PrintOptions options = context.settings().printOptions();
        if (extra != null && extra.startsWith("(")) {
            // psql's \\g (name=value ...): print options for this query only, set quietly
            PrintOptions saved = options;
            String token = extra;
            while (token != null) {
                boolean last = token.endsWith(")");
                String option = token.substring(token.startsWith("(") ? 1 : 0, token.length() - (last ? 1 : 0));
                if (!option.isEmpty()) {
                    int eq = option.indexOf('=');
                    Result set = Pset.setQuietly(context, eq < 0 ? option : option.substring(0, eq),
                            eq < 0 ? null : option.substring(eq + 1));
                    if (set instanceof Command.Done done && done.status() == Command.Status.FAILED) {
                        context.settings().setPrintOptions(saved);
                        return set;
                    }
                }
                token = last ? null : call.arguments().next();
            }
            options = context.settings().printOptions();
            context.settings().setPrintOptions(saved);
            extra = call.arguments().next();
        }
        if (extra != null) {
            String message = Messages.gWithArguments(call.name());
            context.output().error(message);
            return Result.failed(message);
        }
        if (expanded) {
            options = options.withExpanded(Expanded.ON);
        }
        return new Send(takeQuery(context, call), options, null);
    }

    /** The query buffer, or the previous query when it is empty, as psql sends it; the buffer is reset. */
    private static String takeQuery(MetaContext context, Call call) {
        StatementSplitter splitter = call.source().splitter();
        String buffer = splitter.queryBuffer();
        splitter.reset();
        return buffer.isEmpty() ? context.previousQuery() : buffer;
    }

    private static Result help(MetaContext context, Call call) {
        call.arguments().next(); // psql accepts a topic; there is only one here
        context.output().print(helpText(context.colonCommands()));
        return Result.OK;
    }

    private static Result printBuffer(MetaContext context, Call call) {
        String buffer = call.source().splitter().queryBuffer();
        String shown = buffer.isEmpty() ? context.previousQuery() : buffer;
        context.output().println(shown.isEmpty() ? Messages.QUERY_BUFFER_EMPTY : shown);
        return Result.OK;
    }

    private static Result resetBuffer(MetaContext context, Call call) {
        call.source().splitter().reset();
        if (!context.variables().isOn("QUIET")) {
            context.output().println(Messages.QUERY_BUFFER_RESET);
        }
        return Result.OK;
    }

    /**
     * psql's {@code \\h}: the list of SQL commands, or the syntax of those the rest of the line
     * names ({@link SqlHelp}), on stdout as psql prints it (not to {@code \\o}'s file). The list's
     * columns fit the terminal's width, 80 when the output is not a terminal, as in psql.
     */
    private static Result sqlHelp(MetaContext context, Call call) {
        int width = context.settings().printOptions().terminalColumns();
        context.output().print(SqlHelp.help(call.arguments().rest(), width));
        return Result.OK;
    }

    /**
     * psql's {@code \\w FILE} (or {@code |command}): the query buffer, else the previous query, and a
     * newline; the buffer stays as it is.
     */
    private static Result writeBuffer(MetaContext context, Call call) {
        String target = call.arguments().next();
        if (target == null) {
            String message = Messages.missingArgument(call.name());
            context.output().error(message);
            return Result.failed(message);
        }
        String buffer = call.source().splitter().queryBuffer();
        String text = buffer.isEmpty() ? context.previousQuery() : buffer;
        byte[] bytes = (text == null || text.isEmpty() ? "" : text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (target.startsWith("|")) {
            return ShellCommand.pipe(context, target.substring(1), bytes);
        }
        try {
            java.nio.file.Files.write(Path.of(target), bytes);
            return Result.OK;
        } catch (IOException e) {
            String message = Messages.fileError(target, ioReason(e));
            context.output().error(message);
            return Result.failed(message);
        }
    }

    /** psql's {@code \\! COMMAND}: the rest of the line, run by {@code /bin/sh -c}. */
    private static Result shellCommand(MetaContext context, Call call) {
        String command = call.arguments().rest().strip();
        return ShellCommand.run(context, command);
    }

    /**
     * psql's {@code \\errverbose}: the last error of any query, every field shown (VERBOSITY
     * verbose, SHOW_CONTEXT always), on stderr; else a line on stdout.
     */
    private static Result errverbose(MetaContext context, Call call) {
        String last = context.connection().lastErrorVerbose();
        if (last == null) {
            context.output().println("There is no previous error.");
        } else {
            context.output().error(last.stripTrailing()); // pg_log_error: "error: " after a script's locus
        }
        return Result.OK;
    }

    private static Result echo(MetaContext context, Call call) {
        StringBuilder text = new StringBuilder();
        boolean newline = true;
        boolean first = true;
        for (String arg : call.arguments().remaining()) {
            if (first && newline && arg.equals("-n")) {
                newline = false;
                continue;
            }
            if (!first) {
                text.append(' ');
            }
            first = false;
            text.append(arg);
        }
        if (newline) {
            text.append('\n');
        }
        if (call.name().equals("qecho")) {
            context.output().results().print(text);
            context.output().results().flush();
        } else if (call.name().equals("warn")) {
            context.output().printError(text.toString());
        } else {
            context.output().print(text.toString());
        }
        return Result.OK;
    }

    /** psql reads up to four arguments and leaves the rest for the "extra argument ignored" warning. */
    private static Result crosstab(MetaContext context, Call call) {
        List<String> args = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String arg = call.arguments().next();
            if (arg == null) {
                break;
            }
            args.add(arg);
        }
        return new Command.Crosstab(takeQuery(context, call), context.settings().printOptions(), args);
    }

    private static Result gdesc(MetaContext context, Call call) {
        return new Command.Gdesc(takeQuery(context, call));
    }

    private static Result gexec(MetaContext context, Call call) {
        return new Command.Gexec(takeQuery(context, call));
    }

    private static Result gset(MetaContext context, Call call) {
        String prefix = call.arguments().next();
        return new Send(takeQuery(context, call), context.settings().printOptions(), prefix == null ? "" : prefix);
    }

    private static Result watch(MetaContext context, Call call) {
        String argument = call.arguments().next();
        double seconds = 2;
        if (argument != null) {
            seconds = leadingNumber(argument);
            if (seconds <= 0) {
                seconds = 1;
            }
        }
        String sql = takeQuery(context, call);
        if (sql.isEmpty()) {
            String message = "\\watch cannot be used with an empty query";
            context.output().error(message);
            return Result.failed(message);
        }
        return new Watch(sql, seconds);
    }

    /** C's strtod on a prefix: "1.5s" is 1.5, junk is 0. */
    private static double leadingNumber(String text) {
        java.util.regex.Matcher m = Pattern.compile("^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?").matcher(text);
        return m.find() ? Double.parseDouble(m.group().strip()) : 0;
    }

    private static Result copy(MetaContext context, Call call) {
        SlashCopy copy;
        try {
            copy = SlashCopy.parse(call.arguments().rest());
        } catch (SlashCopy.ParseError e) {
            context.output().error(e.getMessage());
            return Result.failed(e.getMessage());
        }
        return new Copy(copy);
    }

    private static Result outputFile(MetaContext context, Call call) {
        String file = call.arguments().next();
        try {
            context.output().redirectResults(file == null ? null : Path.of(file));
            return Result.OK;
        } catch (IOException e) {
            String message = Messages.fileError(file, ioReason(e));
            context.output().error(message);
            return Result.failed(message);
        }
    }

    /** psql's \\set: NAME and the rest of the arguments joined without spaces; no NAME is not supported. */
    private static Result set(MetaContext context, Call call) {
        String name = call.arguments().next();
        if (name == null) {
            context.output().print(variableListing(context.variables()));
            return Result.OK;
        }
        if (!ShellVariables.validName(name)) {
            String message = "invalid variable name: \"" + name + "\"";
            context.output().error(message);
            return Result.failed(message);
        }
        StringBuilder value = new StringBuilder();
        for (String part : call.arguments().remaining()) {
            value.append(part);
        }
        String refused = context.variables().set(name, value.toString());
        if (refused != null) {
            context.output().error(refused);
            return Result.failed(refused);
        }
        return Result.OK;
    }

    /** psql's \\setenv: a value sets the variable, none unsets it. */
    private static Result setenv(MetaContext context, Call call) {
        String name = call.arguments().next();
        String value = call.arguments().next();
        String message = null;
        if (name == null) {
            message = Messages.missingArgument(call.name());
        } else if (name.contains("=")) {
            message = "\\setenv: environment variable name must not contain \"=\"";
        }
        if (message != null) {
            context.output().error(message);
            return Result.failed(message);
        }
        context.environment().set(name, value);
        return Result.OK;
    }

    /** psql's \\getenv: copies an environment variable into a psql variable; nothing when it is unset. */
    private static Result getenv(MetaContext context, Call call) {
        String variable = call.arguments().next();
        String name = call.arguments().next();
        if (variable == null || name == null) {
            String message = Messages.missingArgument(call.name());
            context.output().error(message);
            return Result.failed(message);
        }
        String value = context.environment().get(name);
        if (value != null) {
            String refused = context.variables().set(variable, value);
            if (refused != null) {
                context.output().error(refused);
                return Result.failed(refused);
            }
        }
        return Result.OK;
    }

    private static String variableListing(ShellVariables variables) {
        return variables.listing();
    }

    private static Result unset(MetaContext context, Call call) {
        String name = call.arguments().next();
        if (name == null) {
            String message = Messages.missingArgument(call.name());
            context.output().error(message);
            return Result.failed(message);
        }
        context.variables().unset(name);
        return Result.OK;
    }

    private static Result include(MetaContext context, Call call, boolean relative) {
        String file = call.arguments().next();
        if (file == null) {
            String message = Messages.missingArgument(call.name());
            context.output().error(message);
            return Result.failed(message);
        }
        if (file.startsWith("~/")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            // a NUL in the name: psql's C string would end there; no such file either way
            String message = Messages.fileError(file, "No such file or directory");
            context.output().error(message);
            return Result.failed(message);
        }
        String name = file;
        if (relative && !path.isAbsolute() && call.source().isFile()) {
            path = call.source().directory().resolve(file);
            name = path.toString();
        }
        return new Include(path, name);
    }

    public static String ioReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        return e.getMessage() != null && e.getMessage().contains("Is a directory") ? "Is a directory"
                : String.valueOf(e.getMessage());
    }

    private static Result describe(MetaContext context, Call call) {
        String name = call.name();
        boolean verbose = name.indexOf('+') >= 0;
        boolean system = name.indexOf('S') >= 0;
        String pattern = call.arguments().next();
        return runDescribe(context, describe -> {
            if (pattern == null) {
                describe.listRelations("tvmsE", null, verbose, system);
            } else {
                describe.describeRelations(pattern, verbose, system);
            }
        });
    }

    private static Result listRelations(MetaContext context, Call call) {
        String name = call.name();
        String pattern = call.arguments().next();
        return runDescribe(context, describe -> describe.listRelations(name.substring(1), pattern,
                name.indexOf('+') >= 0, name.indexOf('S') >= 0));
    }

    private static Result listSchemas(MetaContext context, Call call) {
        String name = call.name();
        String pattern = call.arguments().next();
        return runDescribe(context, describe -> describe.listSchemas(pattern, name.indexOf('+') >= 0,
                name.indexOf('S') >= 0));
    }

    private static Result listRoles(MetaContext context, Call call) {
        String pattern = call.arguments().next();
        return runDescribe(context, describe -> describe.listRoles(pattern));
    }

    private static Result listExtensions(MetaContext context, Call call) {
        String pattern = call.arguments().next();
        if (call.name().endsWith("+")) { // psql's listExtensionContents: each extension's objects
            return runDescribe(context, describe -> new ExtensionContents(describe).extensions(pattern));
        }
        return runDescribe(context, describe -> describe.listExtensions(pattern));
    }

    private static Result listDatabases(MetaContext context, Call call) {
        String pattern = call.arguments().next();
        return runDescribe(context, describe -> describe.listDatabases(pattern, call.name().endsWith("+")));
    }

    interface DescribeAction {
        void run(Describe describe) throws Describe.Failure;
    }

    static Result runDescribe(MetaContext context, DescribeAction action) {
        ShellConnection connection = context.connection();
        if (!connection.isOpen()) {
            context.output().error(Messages.NOT_CONNECTED);
            return Result.failed(Messages.NOT_CONNECTED);
        }
        Describe describe = new Describe(new CatalogQuery(connection.jdbc()), context.output(),
                context.settings().printOptions(), connection.database())
                .hiding(new Describe.Hidden(context.variables().isOn("HIDE_TABLEAM"),
                        context.variables().isOn("HIDE_TOAST_COMPRESSION")))
                .keepingOut(connection.internalDatabases());
        try {
            action.run(describe);
            return Result.OK;
        } catch (Describe.Failure e) {
            return Result.failed(e.getMessage());
        }
    }

    private static Result toggleAligned(MetaContext context, Call call) {
        Format format = context.settings().printOptions().format() == Format.ALIGNED ? Format.UNALIGNED : Format.ALIGNED;
        context.settings().setPrintOptions(context.settings().printOptions().withFormat(format));
        context.output().println(Messages.format(format));
        return Result.OK;
    }

    private static Result tuplesOnly(MetaContext context, Call call) {
        return Pset.set(context, "tuples_only", call.arguments().next());
    }

    private static Result expanded(MetaContext context, Call call) {
        return Pset.set(context, "expanded", call.arguments().next());
    }

    private static Result pset(MetaContext context, Call call) {
        String option = call.arguments().next();
        if (option == null) {
            context.output().print(Pset.listing(context.settings()));
            return Result.OK;
        }
        return Pset.set(context, option, call.arguments().next());
    }

    private static Result timing(MetaContext context, Call call) {
        String value = call.arguments().next();
        Result result = Result.OK;
        if (value == null) {
            context.settings().setTiming(!context.settings().timing());
        } else {
            Boolean on = ShellVariables.parseBoolean(value);
            if (on == null) {
                String message = Messages.booleanExpected(value, "\\timing");
                context.output().error(message);
                result = Result.failed(message);
            } else {
                context.settings().setTiming(on);
            }
        }
        context.output().println(Messages.timing(context.settings().timing()));
        return result;
    }

    private static Result connect(MetaContext context, Call call) {
        String database = call.arguments().next(MetaArguments.Mode.SQL_ID_KEEP_CASE);
        if (database != null && database.startsWith("-reuse-previous=")) {
            String value = database.substring("-reuse-previous=".length());
            if (ShellVariables.parseBoolean(value) == null) {
                String message = Messages.booleanExpected(value, "-reuse-previous");
                context.output().error(message);
                return Result.failed(message);
            }
            database = call.arguments().next(MetaArguments.Mode.SQL_ID_KEEP_CASE);
        }
        String[] given = new String[3]; // user, host, port
        for (int i = 0; i < 3; i++) {
            String argument = call.arguments().next();
            given[i] = argument == null || argument.equals("-") ? null : argument;
        }
        if (database == null || database.equals("-")) {
            database = context.connection().database();
        }
        ShellConnection connection = context.connection();
        ConnectTarget current = connection.target();
        if (current == null) {
            return connectDrill(context, database, given);
        }
        // psql's rules: what is not given (or given as -) is reused; a server name brings its port
        String host = given[1] != null ? given[1] : current.host();
        String port = given[2] != null ? given[2]
                : given[1] != null ? connection.aliasPort(host).orElse(current.port()) : current.port();
        ConnectTarget next = new ConnectTarget(database, given[0] != null ? given[0] : current.user(), host, port);
        if (connection.unknownHost(host)) {
            List<String> servers = connection.serverNames();
            if (!servers.isEmpty()) { // in a drill, a mistyped server name: say which names there are
                context.output().error(Messages.unknownHost(host));
                return connectFailed(context, Messages.drillServers(servers));
            }
            return connectFailed(context, Messages.unknownHost(host));
        }
        Connection opened;
        try {
            opened = connection.open(next);
        } catch (SQLException e) {
            String address = connection.address(next).host();
            String reason = failureReason(e);
            String message = address.equals(host) ? Messages.connectFailed(host, port, reason)
                    : Messages.connectFailed(host, address, port, reason);
            return connectFailed(context, message);
        }
        boolean elsewhere = !current.host().equals(next.host()) || !current.port().equals(next.port());
        connection.switchTo(next, opened);
        if (!context.variables().isOn("QUIET")) {
            context.output().println(elsewhere
                    ? Messages.connectedTo(database, connection.userName(), host, connection.numericAddress(next), port)
                    : Messages.connected(database, connection.userName()));
        }
        return Result.OK;
    }

    /** In a drill the shell connects only as the drill's user to its server: {@code \\c} changes the database. */
    private static Result connectDrill(MetaContext context, String database, String[] given) {
        for (String other : given) {
            if (other != null) {
                String message = Messages.connectOnlyDatabase(other);
                context.output().error(message);
                return Result.failed(message);
            }
        }
        String[] hostPort = context.connection().hostAndPort();
        Connection next;
        try {
            next = context.connection().open(database);
        } catch (SQLException e) {
            return connectFailed(context, Messages.connectFailed(hostPort[0], hostPort[1], failureReason(e)));
        }
        context.connection().switchTo(database, next);
        if (!context.variables().isOn("QUIET")) {
            context.output().println(Messages.connected(database, context.connection().userName()));
        }
        return Result.OK;
    }

    private static String failureReason(SQLException e) {
        ServerErrorMessage server = ErrorText.serverMessage(e);
        if (server != null) {
            return server.getSeverity() + ":  " + server.getMessage();
        }
        // nothing listens on the port (the server crashed or stopped): libpq's words, not pgjdbc's
        return e.getCause() instanceof java.net.ConnectException ? Messages.CONNECTION_REFUSED : e.getMessage();
    }

    /** psql keeps the previous connection at a terminal; a script ends with status 2. */
    private static Result connectFailed(MetaContext context, String message) {
        context.output().error(message);
        if (!context.interactive()) {
            return Result.quit(ShellConnection.EXIT_BAD_CONNECTION, message);
        }
        context.output().server(Messages.PREVIOUS_CONNECTION_KEPT + "\n");
        return Result.failed(message);
    }

    private static Result connInfo(MetaContext context, Call call) {
        ShellConnection connection = context.connection();
        if (!connection.isOpen()) {
            context.output().println(Messages.NOT_CONNECTED);
            return Result.OK;
        }
        String[] hostPort = connection.hostAndPort();
        ConnectTarget target = connection.target();
        String address = target == null ? null : connection.numericAddress(target);
        context.output().println(address == null
                ? Messages.connInfo(connection.database(), connection.userName(), hostPort[0], hostPort[1])
                : Messages.connInfo(connection.database(), connection.userName(), hostPort[0], address, hostPort[1]));
        String url = connection.connectionString();
        if (url != null) { // a standalone client adds nothing to psql's line
            context.output().println(url);
        }
        return Result.OK;
    }

    // ---- building the table -------------------------------------------------------------------

    private interface FlagHandler {
        Result run(MetaContext context, Call call, boolean flag);
    }

    private interface Flag {
        boolean of(Call call);
    }

    private static Command command(String section, String usage, String description, String names,
                                   List<String> completions, Command.Handler handler) {
        return new Command(section, usage, description, names == null ? null : Pattern.compile(names),
                completions, handler);
    }

    private static Command command(String section, String usage, String description, String names,
                                   List<String> completions, Flag flag, FlagHandler handler) {
        return command(section, usage, description, names, completions,
                (context, call) -> handler.run(context, call, flag.of(call)));
    }
}
