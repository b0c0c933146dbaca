package dev.ride.shell;

import dev.ride.shell.Command.Call;
import dev.ride.shell.Command.Result;
import dev.ride.shell.PrintOptions.Expanded;
import dev.ride.shell.PrintOptions.Format;
import dev.ride.sql.StatementSplitter;
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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.postgresql.util.ServerErrorMessage;

/**
 * Every backslash command the shell knows, in one table. {@code \?} and tab completion are
 * generated from it, so help cannot drift from behaviour (usql's metacmd table). Handlers follow
 * psql 15's command.c: same arguments, same messages.
 */
final class CommandTable {

    private static final List<Command> COMMANDS = List.of(
            command("General", "\\q", "quit ride", "q|quit", List.of("\\q"), CommandTable::quit),
            command("General", "\\g", "execute query (the previous one if the buffer is empty)",
                    "g", List.of("\\g"), call -> false, CommandTable::send),
            command("General", "\\gx", "as \\g, but forces expanded output mode",
                    "gx", List.of("\\gx"), call -> true, CommandTable::send),
            command("General", "\\gset [PREFIX]", "execute query and store result in psql variables",
                    "gset", List.of("\\gset"), CommandTable::gset),
            command("General", "\\watch [SEC]", "execute query every SEC seconds (until it fails)",
                    "watch", List.of("\\watch"), CommandTable::watch),
            command("Help", "\\?", "show help on backslash and drill commands", "\\?", List.of("\\?"),
                    CommandTable::help),
            command("Query Buffer", "\\p", "show the contents of the query buffer", "p|print", List.of("\\p"),
                    CommandTable::printBuffer),
            command("Query Buffer", "\\r", "reset (clear) the query buffer", "r|reset", List.of("\\r"),
                    CommandTable::resetBuffer),
            command("Input/Output", "\\copy ...", "perform SQL COPY with data stream to the client host",
                    "copy", List.of("\\copy"), CommandTable::copy),
            command("Input/Output", "\\echo [-n] [STRING]", "write string to standard output (-n for no newline)",
                    "echo", List.of("\\echo"), CommandTable::echo),
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
            command("Informational", "\\df[S]  [PATTERN]", "list functions", "dfS?",
                    List.of("\\df"), CommandTable::listFunctions),
            command("Informational", "\\du     [PATTERN]", "list roles", "du|dg",
                    List.of("\\du"), CommandTable::listRoles),
            command("Informational", "\\dx[+]  [PATTERN]", "list extensions", "dx",
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
                    List.of("\\timing"), CommandTable::timing));

    private CommandTable() {
    }

    /** The command answering to {@code name} (without the backslash), or null. */
    static Command find(String name) {
        for (Command command : COMMANDS) {
            if (command.names() != null && command.answersTo(name)) {
                return command;
            }
        }
        return null;
    }

    /** Every spelling offered to tab completion. */
    static List<String> completions() {
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

    private static Result quit(ShellSession session, Call call) {
        return Result.QUIT;
    }

    private static Result send(ShellSession session, Call call, boolean expanded) {
        String extra = call.arguments().next();
        if (extra != null) {
            String message = Messages.gWithArguments(call.name());
            session.output().error(message);
            return Result.failed(message);
        }
        StatementSplitter splitter = call.source().splitter();
        String buffer = splitter.queryBuffer();
        String sql = buffer.isEmpty() ? session.previousQuery() : buffer;
        splitter.reset();
        PrintOptions options = session.printOptions();
        if (expanded) {
            options = options.withExpanded(Expanded.ON);
        }
        return session.sendQuery(call.source(), sql, options) == ShellSession.Outcome.QUIT ? Result.QUIT : Result.OK;
    }

    private static Result help(ShellSession session, Call call) {
        call.arguments().next(); // psql accepts a topic; there is only one here
        session.output().print(helpText(session.host().colonCommands()));
        return Result.OK;
    }

    private static Result printBuffer(ShellSession session, Call call) {
        String buffer = call.source().splitter().queryBuffer();
        String shown = buffer.isEmpty() ? session.previousQuery() : buffer;
        session.output().println(shown.isEmpty() ? Messages.QUERY_BUFFER_EMPTY : shown);
        return Result.OK;
    }

    private static Result resetBuffer(ShellSession session, Call call) {
        call.source().splitter().reset();
        session.output().println(Messages.QUERY_BUFFER_RESET);
        return Result.OK;
    }

    private static Result echo(ShellSession session, Call call) {
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
            session.output().results().print(text);
            session.output().results().flush();
        } else {
            session.output().print(text.toString());
        }
        return Result.OK;
    }

    private static Result gset(ShellSession session, Call call) {
        String prefix = call.arguments().next();
        StatementSplitter splitter = call.source().splitter();
        String buffer = splitter.queryBuffer();
        String sql = buffer.isEmpty() ? session.previousQuery() : buffer;
        splitter.reset();
        return session.sendQuery(call.source(), sql, session.printOptions(), prefix == null ? "" : prefix)
                == ShellSession.Outcome.QUIT ? Result.QUIT : Result.OK;
    }

    private static Result watch(ShellSession session, Call call) {
        String argument = call.arguments().next();
        double seconds = 2;
        if (argument != null) {
            seconds = leadingNumber(argument);
            if (seconds <= 0) {
                seconds = 1;
            }
        }
        StatementSplitter splitter = call.source().splitter();
        String buffer = splitter.queryBuffer();
        String sql = buffer.isEmpty() ? session.previousQuery() : buffer;
        splitter.reset();
        if (sql.isEmpty()) {
            String message = "\\watch cannot be used with an empty query";
            session.output().error(message);
            return Result.failed(message);
        }
        return session.watch(call.source(), sql, seconds) == ShellSession.Outcome.QUIT ? Result.QUIT : Result.OK;
    }

    /** C's strtod on a prefix: "1.5s" is 1.5, junk is 0. */
    private static double leadingNumber(String text) {
        java.util.regex.Matcher m = Pattern.compile("^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?").matcher(text);
        return m.find() ? Double.parseDouble(m.group().strip()) : 0;
    }

    private static Result copy(ShellSession session, Call call) {
        SlashCopy copy;
        try {
            copy = SlashCopy.parse(call.arguments().rest());
        } catch (SlashCopy.ParseError e) {
            session.output().error(e.getMessage());
            return Result.failed(e.getMessage());
        }
        return session.slashCopy(call.source(), copy) == ShellSession.Outcome.QUIT ? Result.QUIT : Result.OK;
    }

    private static Result outputFile(ShellSession session, Call call) {
        String file = call.arguments().next();
        try {
            session.redirectResults(file == null ? null : Path.of(file));
            return Result.OK;
        } catch (IOException e) {
            String message = Messages.fileError(file, ioReason(e));
            session.output().error(message);
            return Result.failed(message);
        }
    }

    /** psql's \\set: NAME and the rest of the arguments joined without spaces; no NAME is not supported. */
    private static Result set(ShellSession session, Call call) {
        String name = call.arguments().next();
        if (name == null) {
            session.output().print(variableListing(session.variables()));
            return Result.OK;
        }
        if (!ShellVariables.validName(name)) {
            String message = "invalid variable name: \"" + name + "\"";
            session.output().error(message);
            return Result.failed(message);
        }
        StringBuilder value = new StringBuilder();
        for (String part : call.arguments().remaining()) {
            value.append(part);
        }
        String refused = session.variables().set(name, value.toString());
        if (refused != null) {
            session.output().error(refused);
            return Result.failed(refused);
        }
        return Result.OK;
    }

    private static String variableListing(ShellVariables variables) {
        return variables.listing();
    }

    private static Result unset(ShellSession session, Call call) {
        String name = call.arguments().next();
        if (name == null) {
            String message = Messages.missingArgument(call.name());
            session.output().error(message);
            return Result.failed(message);
        }
        session.variables().unset(name);
        return Result.OK;
    }

    private static Result include(ShellSession session, Call call, boolean relative) {
        String file = call.arguments().next();
        if (file == null) {
            String message = Messages.missingArgument(call.name());
            session.output().error(message);
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
            session.output().error(message);
            return Result.failed(message);
        }
        String name = file;
        if (relative && !path.isAbsolute() && call.source().isFile()) {
            path = call.source().directory().resolve(file);
            name = path.toString();
        }
        try {
            return session.include(path, name) == ShellSession.Outcome.QUIT ? Result.QUIT : Result.OK;
        } catch (IOException e) {
            String message = Messages.fileError(name, ioReason(e));
            session.output().error(message);
            return Result.failed(message);
        }
    }

    private static String ioReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        return e.getMessage() != null && e.getMessage().contains("Is a directory") ? "Is a directory"
                : String.valueOf(e.getMessage());
    }

    private static Result describe(ShellSession session, Call call) {
        String name = call.name();
        boolean verbose = name.indexOf('+') >= 0;
        boolean system = name.indexOf('S') >= 0;
        String pattern = call.arguments().next();
        return runDescribe(session, describe -> {
            if (pattern == null) {
                describe.listRelations("tvmsE", null, verbose, system);
            } else {
                describe.describeRelations(pattern, verbose, system);
            }
        });
    }

    private static Result listRelations(ShellSession session, Call call) {
        String name = call.name();
        String pattern = call.arguments().next();
        return runDescribe(session, describe -> describe.listRelations(name.substring(1), pattern,
                name.indexOf('+') >= 0, name.indexOf('S') >= 0));
    }

    private static Result listSchemas(ShellSession session, Call call) {
        String name = call.name();
        String pattern = call.arguments().next();
        return runDescribe(session, describe -> describe.listSchemas(pattern, name.indexOf('+') >= 0,
                name.indexOf('S') >= 0));
    }

    private static Result listFunctions(ShellSession session, Call call) {
        String pattern = call.arguments().next();
        return runDescribe(session, describe -> describe.listFunctions(pattern, call.name().indexOf('S') >= 0));
    }

    private static Result listRoles(ShellSession session, Call call) {
        String pattern = call.arguments().next();
        return runDescribe(session, describe -> describe.listRoles(pattern));
    }

    private static Result listExtensions(ShellSession session, Call call) {
        String pattern = call.arguments().next();
        return runDescribe(session, describe -> describe.listExtensions(pattern));
    }

    private static Result listDatabases(ShellSession session, Call call) {
        String pattern = call.arguments().next();
        return runDescribe(session, describe -> describe.listDatabases(pattern, call.name().endsWith("+")));
    }

    private interface DescribeAction {
        void run(Describe describe) throws Describe.Failure;
    }

    private static Result runDescribe(ShellSession session, DescribeAction action) {
        Describe describe = session.describe();
        if (describe == null) {
            session.output().error(Messages.NOT_CONNECTED);
            return Result.failed(Messages.NOT_CONNECTED);
        }
        try {
            action.run(describe);
            return Result.OK;
        } catch (Describe.Failure e) {
            return Result.failed(e.getMessage());
        }
    }

    private static Result toggleAligned(ShellSession session, Call call) {
        Format format = session.printOptions().format() == Format.ALIGNED ? Format.UNALIGNED : Format.ALIGNED;
        session.setPrintOptions(session.printOptions().withFormat(format));
        session.output().println(Messages.format(format));
        return Result.OK;
    }

    private static Result tuplesOnly(ShellSession session, Call call) {
        return Pset.set(session, "tuples_only", call.arguments().next());
    }

    private static Result expanded(ShellSession session, Call call) {
        return Pset.set(session, "expanded", call.arguments().next());
    }

    private static Result pset(ShellSession session, Call call) {
        String option = call.arguments().next();
        if (option == null) {
            session.output().print(Pset.listing(session));
            return Result.OK;
        }
        return Pset.set(session, option, call.arguments().next());
    }

    private static Result timing(ShellSession session, Call call) {
        String value = call.arguments().next();
        Result result = Result.OK;
        if (value == null) {
            session.setTiming(!session.timing());
        } else {
            Boolean on = Pset.parseBoolean(value);
            if (on == null) {
                String message = Messages.booleanExpected(value, "\\timing");
                session.output().error(message);
                result = Result.failed(message);
            } else {
                session.setTiming(on);
            }
        }
        session.output().println(Messages.timing(session.timing()));
        return result;
    }

    private static Result connect(ShellSession session, Call call) {
        String database = call.arguments().next(MetaArguments.Mode.SQL_ID_KEEP_CASE);
        for (int i = 0; i < 3; i++) {
            String other = call.arguments().next();
            if (other != null && !other.equals("-")) {
                String message = Messages.connectOnlyDatabase(other);
                session.output().error(message);
                return Result.failed(message);
            }
        }
        if (database == null || database.equals("-")) {
            database = session.currentDatabase();
        }
        String[] hostPort = session.connection() == null ? new String[] {"", ""} : session.hostAndPort();
        Connection next;
        try {
            next = session.host().connect(database);
        } catch (SQLException e) {
            ServerErrorMessage server = ErrorText.serverMessage(e);
            String reason = server != null ? server.getSeverity() + ":  " + server.getMessage() : e.getMessage();
            String message = Messages.connectFailed(hostPort[0], hostPort[1], reason);
            session.output().error(message);
            if (!session.interactive()) {
                session.setExitCode(ShellSession.EXIT_BAD_CONNECTION);
                return new Result(Command.Status.QUIT, message);
            }
            session.output().server(Messages.PREVIOUS_CONNECTION_KEPT + "\n");
            return Result.failed(message);
        }
        session.switchTo(database, next);
        session.output().println(Messages.connected(database, session.userName()));
        return Result.OK;
    }

    private static Result connInfo(ShellSession session, Call call) {
        if (session.connection() == null) {
            session.output().println(Messages.NOT_CONNECTED);
            return Result.OK;
        }
        String[] hostPort = session.hostAndPort();
        session.output().println(Messages.connInfo(session.currentDatabase(), session.userName(), hostPort[0],
                hostPort[1]));
        session.output().println(session.host().connectionString(session.currentDatabase()));
        return Result.OK;
    }

    // ---- building the table -------------------------------------------------------------------

    private interface FlagHandler {
        Result run(ShellSession session, Call call, boolean flag);
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
                (session, call) -> handler.run(session, call, flag.of(call)));
    }

    /** psql's \pset options that ride supports, with psql's messages. */
    static final class Pset {

        private static final List<String> FORMATS = List.of("aligned", "asciidoc", "csv", "html", "latex",
                "latex-longtable", "troff-ms", "unaligned", "wrapped");

        private Pset() {
        }

        /** psql's ParseVariableBool: prefixes of true/false/yes/no, on/off, 1/0; null if none. */
        static Boolean parseBoolean(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            int len = v.length();
            if (len > 0 && "true".startsWith(v)) {
                return true;
            }
            if (len > 0 && "false".startsWith(v)) {
                return false;
            }
            if (len > 0 && "yes".startsWith(v)) {
                return true;
            }
            if (len > 0 && "no".startsWith(v)) {
                return false;
            }
            if (len >= 2 && "on".startsWith(v)) {
                return true;
            }
            if (len >= 2 && "off".startsWith(v)) {
                return false;
            }
            if (v.equals("1")) {
                return true;
            }
            if (v.equals("0")) {
                return false;
            }
            return null;
        }

        static Result set(ShellSession session, String option, String value) {
            PrintOptions options = session.printOptions();
            ShellOutput output = session.output();
            switch (option) {
                case "format" -> {
                    if (value != null) {
                        List<String> matches = FORMATS.stream()
                                .filter(f -> f.startsWith(value.toLowerCase(Locale.ROOT))).toList();
                        String exact = FORMATS.stream().filter(f -> f.equalsIgnoreCase(value)).findFirst()
                                .orElse(null);
                        String chosen = exact != null ? exact : matches.size() == 1 ? matches.get(0) : null;
                        if (chosen == null && matches.size() > 1) {
                            return fail(output, Messages.psetAmbiguousFormat(value, matches.get(0), matches.get(1)));
                        }
                        if (chosen == null) {
                            return fail(output, Messages.PSET_ALLOWED_FORMATS);
                        }
                        Format format = switch (chosen) {
                            case "aligned" -> Format.ALIGNED;
                            case "unaligned" -> Format.UNALIGNED;
                            case "csv" -> Format.CSV;
                            default -> null;
                        };
                        if (format == null) {
                            return fail(output, Messages.psetFormatUnsupported(chosen));
                        }
                        options = options.withFormat(format);
                    }
                    output.println(Messages.format(options.format()));
                }
                case "pager" -> {
                    // psql's 0 (off), 1 (long output) and 2 (always); used by the interactive shell only
                    if (value != null && value.equalsIgnoreCase("always")) {
                        session.setPager(2);
                    } else if (value != null) {
                        Boolean on = parseBoolean(value);
                        if (on == null) {
                            String message = Messages.unrecognizedValue(value, "pager");
                            output.error(message);
                            output.hint(Messages.availableValues("on, off, always"));
                            return Result.failed(message);
                        }
                        session.setPager(on ? 1 : 0);
                    } else {
                        session.setPager(session.pager() == 1 ? 0 : 1);
                    }
                    output.println(Messages.pager(session.pager()));
                }
                case "border" -> {
                    if (value != null) {
                        options = options.withBorder(leadingInt(value));
                    }
                    output.println(Messages.border(options.border()));
                }
                case "expanded", "x" -> {
                    if (value != null && value.equalsIgnoreCase("auto")) {
                        options = options.withExpanded(Expanded.AUTO);
                    } else if (value != null) {
                        Boolean on = parseBoolean(value);
                        if (on == null) {
                            String message = Messages.unrecognizedValue(value, "expanded");
                            output.error(message);
                            output.hint(Messages.availableValues("on, off, auto"));
                            return Result.failed(message);
                        }
                        options = options.withExpanded(on ? Expanded.ON : Expanded.OFF);
                    } else {
                        options = options.withExpanded(options.expanded() == Expanded.OFF ? Expanded.ON : Expanded.OFF);
                    }
                    output.println(Messages.expanded(options.expanded()));
                }
                case "null" -> {
                    if (value != null) {
                        options = options.withNullPrint(value);
                    }
                    output.println(Messages.nullDisplay(options.nullPrint()));
                }
                case "fieldsep" -> {
                    if (value != null) {
                        options = options.withFieldSeparator(value);
                    }
                    output.println(Messages.fieldSeparator(options.fieldSeparator()));
                }
                case "recordsep" -> {
                    if (value != null) {
                        options = options.withRecordSeparator(value);
                    }
                    output.println(Messages.recordSeparator(options.recordSeparator()));
                }
                case "fieldsep_zero" -> {
                    options = options.withFieldSeparator(null); // psql ignores a value here
                    output.println(Messages.fieldSeparator(null));
                }
                case "recordsep_zero" -> {
                    options = options.withRecordSeparator(null);
                    output.println(Messages.recordSeparator(null));
                }
                case "csv_fieldsep" -> {
                    if (value != null) {
                        if (value.length() != 1 || value.charAt(0) == '"' || value.charAt(0) == '\n'
                                || value.charAt(0) == '\r') {
                            return fail(output, "\\pset: csv_fieldsep must be a single one-byte character");
                        }
                        options = options.withCsvFieldSeparator(value.charAt(0));
                    }
                    output.println(Messages.csvFieldSeparator(options.csvFieldSeparator()));
                }
                case "title" -> {
                    options = options.withTitle(value);
                    output.println(Messages.title(options.title()));
                }
                case "tuples_only", "t" -> {
                    // like psql: an explicit value is set silently, a toggle is announced
                    if (value != null) {
                        Boolean on = parseBoolean(value);
                        if (on == null) {
                            return fail(output, Messages.booleanExpected(value, "tuples_only"));
                        }
                        session.setPrintOptions(options.withTuplesOnly(on));
                        return Result.OK;
                    }
                    options = options.withTuplesOnly(!options.tuplesOnly());
                    output.println(Messages.tuplesOnly(options.tuplesOnly()));
                }
                case "footer" -> {
                    if (value != null) {
                        Boolean on = parseBoolean(value);
                        if (on == null) {
                            return fail(output, Messages.booleanExpected(value, "footer"));
                        }
                        session.setPrintOptions(options.withFooter(on));
                        return Result.OK;
                    }
                    options = options.withFooter(!options.footer());
                    output.println(Messages.footer(options.footer()));
                }
                default -> {
                    return fail(output, Messages.psetUnknownOption(option));
                }
            }
            session.setPrintOptions(options);
            return Result.OK;
        }

        /** {@code \pset} alone: psql's list of every option, ride's values for those it supports. */
        static String listing(ShellSession session) {
            PrintOptions o = session.printOptions();
            String[][] rows = {
                {"border", String.valueOf(o.border())},
                {"columns", String.valueOf(o.columns())},
                {"csv_fieldsep", quoted(String.valueOf(o.csvFieldSeparator()))},
                {"expanded", switch (o.expanded()) {
                    case ON -> "on";
                    case OFF -> "off";
                    case AUTO -> "auto";
                }},
                {"fieldsep", quoted(o.fieldSeparator() == null ? "" : o.fieldSeparator())},
                {"fieldsep_zero", o.fieldSeparator() == null ? "on" : "off"},
                {"footer", o.footer() ? "on" : "off"},
                {"format", o.format().name().toLowerCase(Locale.ROOT)},
                {"linestyle", "ascii"},
                {"null", quoted(o.nullPrint())},
                {"numericlocale", "off"},
                {"pager", String.valueOf(session.pager())},
                {"pager_min_lines", "0"},
                {"recordsep", quoted(o.recordSeparator() == null ? "" : o.recordSeparator())},
                {"recordsep_zero", o.recordSeparator() == null ? "on" : "off"},
                {"tableattr", ""},
                {"title", o.title() == null ? "" : quoted(o.title())},
                {"tuples_only", o.tuplesOnly() ? "on" : "off"},
                {"unicode_border_linestyle", "single"},
                {"unicode_column_linestyle", "single"},
                {"unicode_header_linestyle", "single"},
            };
            StringBuilder text = new StringBuilder();
            for (String[] row : rows) {
                text.append(String.format("%-24s %s", row[0], row[1])).append('\n');
            }
            return text.toString();
        }

        /** psql's pset_quoted_value: single quotes, with \n and friends spelled out. */
        private static String quoted(String value) {
            StringBuilder out = new StringBuilder("'");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '\'' -> out.append("\\'");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c);
                }
            }
            return out.append('\'').toString();
        }

        /** C's atoi: the leading digits, 0 if none. */
        private static int leadingInt(String value) {
            int i = 0;
            int sign = 1;
            if (i < value.length() && (value.charAt(i) == '-' || value.charAt(i) == '+')) {
                sign = value.charAt(i) == '-' ? -1 : 1;
                i++;
            }
            int n = 0;
            while (i < value.length() && Character.isDigit(value.charAt(i)) && n < 100_000) {
                n = n * 10 + (value.charAt(i++) - '0');
            }
            return sign * n;
        }

        private static Result fail(ShellOutput output, String message) {
            output.error(message);
            return Result.failed(message);
        }
    }
}
