package dev.ride.shell.meta;

import dev.ride.shell.describe.SourceDefinition;
import dev.ride.shell.meta.Command.Call;
import dev.ride.shell.meta.Command.Result;
import dev.ride.sql.StatementSplitter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * psql 15's {@code \e}, {@code \ef} and {@code \ev} (exec_command_edit, exec_command_ef_ev): the
 * query buffer, a file, or a function's or view's definition goes to the editor ({@link
 * QueryEditor}); what comes back becomes the query buffer and is read as new input, so a statement
 * ending with a semicolon runs at once and the rest waits in the buffer.
 */
final class EditorCommands {

    static final List<Command> COMMANDS = List.of(
            command("\\e [FILE] [LINE]", "edit the query buffer (or file) with external editor", "e|edit",
                    List.of("\\e", "\\edit"), EditorCommands::edit),
            command("\\ef [FUNCNAME [LINE]]", "edit function definition with external editor", "ef",
                    List.of("\\ef"), (context, call) -> editDefinition(context, call, true)),
            command("\\ev [VIEWNAME [LINE]]", "edit view definition with external editor", "ev",
                    List.of("\\ev"), (context, call) -> editDefinition(context, call, false)));

    private static final String FUNCTION_TEMPLATE = "CREATE FUNCTION ( )\n"
            + " RETURNS \n"
            + " LANGUAGE \n"
            + " -- common options:  IMMUTABLE  STABLE  STRICT  SECURITY DEFINER\n"
            + "AS $function$\n"
            + "\n$function$\n";
    private static final String VIEW_TEMPLATE = "CREATE VIEW  AS\n"
            + " SELECT \n"
            + "  -- something...\n";

    private EditorCommands() {
    }

    private static Result edit(MetaContext context, Call call) {
        String file = call.arguments().next();
        String lineArgument = null;
        if (file != null) {
            lineArgument = call.arguments().next();
            if (lineArgument == null && !file.isEmpty() && file.chars().allMatch(c -> c >= '0' && c <= '9')) {
                lineArgument = file; // one argument of digits only: a line number, not a file
                file = null;
            }
        }
        int line = 0;
        if (lineArgument != null) {
            line = atoi(lineArgument);
            if (line < 1) {
                return failed(context, "invalid line number: " + lineArgument);
            }
        }
        StatementSplitter splitter = call.source().splitter();
        String buffer = splitter.queryBuffer();
        boolean discardOnQuit;
        if (file != null) {
            if (file.startsWith("~/") || file.equals("~")) {
                file = System.getProperty("user.home") + file.substring(1);
            }
            discardOnQuit = true; // an unchanged file leaves the buffer empty
        } else {
            // an empty buffer recalls the previous query, which is dropped again if left unchanged
            discardOnQuit = buffer.isEmpty();
            if (discardOnQuit) {
                buffer = context.previousQuery();
            }
        }
        QueryEditor.Outcome outcome = new QueryEditor(context).edit(file, buffer, line, discardOnQuit);
        if (outcome.failed()) {
            if (outcome.buffer().isEmpty()) {
                splitter.reset();
            }
            return Result.failed("\\" + call.name() + ": the editor failed");
        }
        return new Command.Edited(outcome.buffer());
    }

    private static Result editDefinition(MetaContext context, Call call, boolean function) {
        String rest = call.arguments().rest().strip(); // psql's OT_WHOLE_LINE
        String description = rest.isEmpty() ? null : rest;
        int line = -1;
        if (description != null) {
            NameAndLine parsed = stripLineNumber(description);
            if (parsed.line() == 0) {
                call.source().splitter().reset();
                return failed(context, "invalid line number: " + parsed.lineText());
            }
            description = parsed.name();
            line = parsed.line();
        }
        String text;
        if (description == null) {
            text = function ? FUNCTION_TEMPLATE : VIEW_TEMPLATE;
        } else {
            String[] definition = new String[1];
            String name = description;
            Result looked = CommandTable.runDescribe(context, d -> definition[0] = function
                    ? new SourceDefinition(d).functionDefinition(name)
                    : new SourceDefinition(d).viewDefinition(name));
            if (definition[0] == null) {
                call.source().splitter().reset(); // psql clears the buffer on an error
                return looked;
            }
            text = definition[0].endsWith("\n") ? definition[0] : definition[0] + "\n";
            if (function && line > 0) {
                line += linesBeforeBody(text); // line 1 is the body's first line, as in \sf+
            }
        }
        QueryEditor.Outcome outcome = new QueryEditor(context).edit(null, text, Math.max(line, 0), true);
        if (outcome.failed()) {
            call.source().splitter().reset();
            return Result.failed("\\" + call.name() + ": the editor failed");
        }
        if (!outcome.edited()) {
            call.source().splitter().reset();
            context.output().println("No changes");
            return Result.OK;
        }
        return new Command.Edited(outcome.buffer());
    }

    /** psql's count of the lines before one starting with "AS ", "BEGIN " or "RETURN ". */
    private static int linesBeforeBody(String definition) {
        int count = 0;
        for (String line : definition.split("\n", -1)) {
            if (line.startsWith("AS ") || line.startsWith("BEGIN ") || line.startsWith("RETURN ")) {
                break;
            }
            count++;
        }
        return count;
    }

    private record NameAndLine(String name, int line, String lineText) { }

    /**
     * psql's strip_lineno_from_objdesc: digits at the end, after a space or a closing parenthesis,
     * are a line number and are cut off the name; -1 when there are none, 0 when they are not a
     * valid line number.
     */
    private static NameAndLine stripLineNumber(String description) {
        int c = description.length() - 1;
        while (c > 0 && Character.isWhitespace(description.charAt(c)) && description.charAt(c) < 128) {
            c--;
        }
        if (c == 0 || !isDigit(description.charAt(c))) {
            return new NameAndLine(description, -1, null);
        }
        while (c > 0 && isDigit(description.charAt(c))) {
            c--;
        }
        char before = description.charAt(c);
        if (c == 0 || !(before == ')' || (before < 128 && Character.isWhitespace(before)))) {
            return new NameAndLine(description, -1, null);
        }
        String digits = description.substring(c + 1);
        int line = atoi(digits);
        return new NameAndLine(description.substring(0, c + 1), line < 1 ? 0 : line, digits);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** C's atoi: leading digits (after an optional sign), 0 when there are none. */
    private static int atoi(String text) {
        String s = text.strip();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i++) == '-';
        }
        long n = 0;
        while (i < s.length() && isDigit(s.charAt(i)) && n < Integer.MAX_VALUE) {
            n = n * 10 + (s.charAt(i++) - '0');
        }
        return (int) (negative ? -n : Math.min(n, Integer.MAX_VALUE));
    }

    private static Result failed(MetaContext context, String message) {
        context.output().error(message);
        return Result.failed(message);
    }

    private static Command command(String usage, String description, String names, List<String> completions,
                                   Command.Handler handler) {
        return new Command("Query Buffer", usage, description, Pattern.compile(names), completions, handler);
    }
}
