package dev.ride.shell.meta;

import dev.ride.shell.ErrorText;
import dev.ride.shell.Messages;
import dev.ride.shell.ShellConnection;
import dev.ride.shell.ShellVariables;
import dev.ride.shell.meta.Command.Call;
import dev.ride.shell.meta.Command.Result;
import dev.ride.sql.SqlQuoting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.postgresql.util.PasswordUtil;

/**
 * psql 15's commands that talk with the person at the terminal: {@code \prompt} (a line into a
 * variable), {@code \password} (a new password, asked twice without echo and encrypted here, so
 * that neither the server nor its log sees it in clear) and {@code \s} (the command history).
 */
final class InteractiveCommands {

    static final List<Command> COMMANDS = List.of(
            command("Variables", "\\prompt [TEXT] NAME", "prompt user to set internal variable", "prompt",
                    List.of("\\prompt"), InteractiveCommands::prompt),
            command("Connection", "\\password [USERNAME]", "securely change the password for a user", "password",
                    List.of("\\password"), InteractiveCommands::password),
            command("Query Buffer", "\\s [FILE]", "display history or save it to file", "s",
                    List.of("\\s"), InteractiveCommands::history));

    private InteractiveCommands() {
    }

    /**
     * psql's exec_command_prompt: at the terminal (or stdin and stderr without one) through
     * simple_prompt; while a file is read ({@code -f}, {@code \i}), from standard input, with the
     * text on stdout.
     */
    private static Result prompt(MetaContext context, Call call) {
        String first = call.arguments().next();
        String second = call.arguments().next();
        if (first == null) {
            return failed(context, Messages.missingArgument(call.name()));
        }
        String text = second == null ? null : first;
        String name = second == null ? first : second;
        String value;
        if (!call.source().isFile()) {
            value = context.terminal().prompt(text, true);
            if (value == null) {
                return Result.failed("\\" + call.name() + ": cancelled"); // Ctrl-C: psql fails silently
            }
        } else {
            if (text != null) {
                context.output().print(text);
            }
            value = context.terminal().readStandardInput();
            if (value == null) {
                return failed(context, "\\" + call.name() + ": could not read value for variable");
            }
        }
        String refused = ShellVariables.validName(name) ? context.variables().set(name, value)
                : "invalid variable name: \"" + name + "\"";
        if (refused != null) {
            context.output().error(refused);
            return Result.failed(refused);
        }
        return Result.OK;
    }

    /**
     * psql's exec_command_password: the password is encrypted on this side with the server's
     * password_encryption (PQencryptPasswordConn), and only the verifier goes to the server.
     */
    private static Result password(MetaContext context, Call call) {
        String user = call.arguments().next(MetaArguments.Mode.SQL_ID);
        ShellConnection connection = context.connection();
        if (!connection.isOpen()) {
            return failed(context, Messages.NOT_CONNECTED);
        }
        String sql = "SELECT " + (user == null ? "CURRENT_USER" : SqlQuoting.literal(user)) + ", pg_catalog.quote_ident("
                + (user == null ? "CURRENT_USER" : SqlQuoting.literal(user)) + "), "
                + "pg_catalog.current_setting('password_encryption')";
        String quotedUser;
        String algorithm;
        try (Statement statement = connection.jdbc().createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            user = row.getString(1);
            quotedUser = row.getString(2);
            algorithm = row.getString(3);
        } catch (SQLException e) {
            context.output().server(ErrorText.of(e, sql));
            return Result.failed(ErrorText.gist(e));
        }
        if (user.equals(context.hostsOwnLogin())) {
            // the drill grades, reconnects and resets as this role with the sandbox's password
            return failed(context, "\\password: ride logs in as \"" + user + "\" to grade and reset this drill;"
                    + " change another role's password");
        }
        String first = context.terminal().prompt("Enter new password for user \"" + user + "\": ", false);
        String second = first == null ? null : context.terminal().prompt("Enter it again: ", false);
        if (first == null || second == null) {
            return Result.failed("\\password: cancelled"); // Ctrl-C: psql fails silently
        }
        if (!first.equals(second)) {
            return failed(context, "Passwords didn't match.");
        }
        // PQencryptPasswordConn: "on" and "off" are the old spellings of md5
        String type = algorithm.equals("on") || algorithm.equals("off") ? "md5" : algorithm;
        if (!type.equals("md5") && !type.equals("scram-sha-256")) {
            return failed(context, "unrecognized password encryption algorithm \"" + algorithm + "\"");
        }
        String verifier = "";
        if (!first.isEmpty()) { // the server clears an empty password with a notice, whatever its form
            char[] clear = first.toCharArray();
            try {
                verifier = type.equals("md5") ? PasswordUtil.encodeMd5(user, clear)
                        : PasswordUtil.encodeScramSha256(clear);
            } finally {
                Arrays.fill(clear, '\0');
            }
        }
        String alter = "ALTER USER " + quotedUser + " PASSWORD " + SqlQuoting.literal(verifier);
        try (Statement statement = connection.jdbc().createStatement()) {
            statement.execute(alter);
        } catch (SQLException e) {
            context.output().server(ErrorText.of(e, alter));
            return Result.failed(ErrorText.gist(e));
        }
        return Result.OK;
    }

    /**
     * psql's exec_command_s and printHistory: the history, one entry a line, on stdout or into
     * FILE. Without a terminal there is no history: the command fails without a word, and
     * psql's newline after a listing is still printed.
     */
    private static Result history(MetaContext context, Call call) {
        String file = call.arguments().next();
        if (file != null && (file.equals("~") || file.startsWith("~/"))) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        List<String> entries = context.terminal().history();
        Result result = Result.OK;
        if (entries == null) {
            result = Result.failed("\\s: no history without a terminal");
        } else if (file == null) {
            StringBuilder text = new StringBuilder();
            entries.forEach(entry -> text.append(entry).append('\n'));
            context.output().print(text.toString());
        } else {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8))) {
                entries.forEach(entry -> out.print(entry + "\n"));
            } catch (IOException | RuntimeException e) {
                String reason = e instanceof IOException io ? CommandTable.ioReason(io) : String.valueOf(e.getMessage());
                result = failed(context, "could not save history to file \"" + file + "\": " + reason);
            }
            if (result == Result.OK && !context.variables().isOn("QUIET")) {
                context.output().println("Wrote history to file \"" + file + "\".");
            }
        }
        if (file == null) {
            context.output().print("\n");
        }
        return result;
    }

    private static Result failed(MetaContext context, String message) {
        context.output().error(message);
        return Result.failed(message);
    }

    private static Command command(String section, String usage, String description, String names,
                                   List<String> completions, Command.Handler handler) {
        return new Command(section, usage, description, Pattern.compile(names), completions, handler);
    }
}
