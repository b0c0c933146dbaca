package dev.ride.shell.meta;

import dev.ride.shell.ErrorText;
import dev.ride.shell.Messages;
import dev.ride.shell.ShellConnection;
import dev.ride.shell.ShellVariables;
import dev.ride.shell.meta.Command.Call;
import dev.ride.shell.meta.Command.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.postgresql.core.TransactionState;

/**
 * psql 15's {@code \lo_import}, {@code \lo_export} and {@code \lo_unlink} (large_obj.c): each runs
 * inside a transaction of its own when none is open (none at all inside a failed one), reads or
 * writes the file on this side, and says what it did unless QUIET. libpq moves the bytes with
 * its lo_* calls; here the server's lo_from_bytea, lo_get and lo_unlink do, to the same effect.
 */
final class LargeObjectCommands {

    static final List<Command> COMMANDS = List.of(
            command("\\lo_export LOBOID FILE", "write large object to file", "lo_export",
                    LargeObjectCommands::export),
            command("\\lo_import FILE [COMMENT]", "read large object from file", "lo_import",
                    LargeObjectCommands::importFile),
            command("\\lo_unlink LOBOID", "delete a large object", "lo_unlink", LargeObjectCommands::unlink));

    private LargeObjectCommands() {
    }

    /** One large-object operation on the connection; returns what psql prints when it went well. */
    private interface Operation {
        String run(java.sql.Connection connection) throws SQLException, FileProblem;
    }

    /** A file that could not be read or written: libpq's message, printed as the server's would be. */
    private static final class FileProblem extends Exception {
        FileProblem(String message) {
            super(message);
        }
    }

    private static Result export(MetaContext context, Call call) {
        String oid = call.arguments().next();
        String file = call.arguments().next();
        if (file == null) {
            return failed(context, Messages.missingArgument(call.name()));
        }
        Path path = Path.of(expandTilde(file));
        return inTransaction(context, "\\lo_export", connection -> {
            byte[] data;
            try (PreparedStatement get = connection.prepareStatement("SELECT pg_catalog.lo_get(?::pg_catalog.oid)")) {
                get.setLong(1, atooid(oid));
                try (ResultSet row = get.executeQuery()) {
                    row.next();
                    data = row.getBytes(1);
                }
            }
            try {
                Files.write(path, data);
            } catch (IOException e) {
                throw new FileProblem("could not open file \"" + file + "\": " + CommandTable.ioReason(e));
            }
            return "lo_export";
        });
    }

    private static Result importFile(MetaContext context, Call call) {
        String file = call.arguments().next();
        String comment = call.arguments().next();
        if (file == null) {
            return failed(context, Messages.missingArgument(call.name()));
        }
        Path path = Path.of(expandTilde(file));
        long[] created = new long[1];
        Result result = inTransaction(context, "\\lo_import", connection -> {
            byte[] data;
            try {
                data = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new FileProblem("could not open file \"" + file + "\": " + CommandTable.ioReason(e));
            }
            try (PreparedStatement create = connection.prepareStatement("SELECT pg_catalog.lo_from_bytea(0, ?)")) {
                create.setBytes(1, data);
                try (ResultSet row = create.executeQuery()) {
                    row.next();
                    created[0] = row.getLong(1);
                }
            }
            if (comment != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("COMMENT ON LARGE OBJECT " + created[0] + " IS '" + comment.replace("'", "''") + "'");
                }
            }
            return "lo_import " + created[0];
        });
        if (result == Result.OK) {
            context.variables().set("LASTOID", Long.toString(created[0]));
        }
        return result;
    }

    private static Result unlink(MetaContext context, Call call) {
        String oid = call.arguments().next();
        if (oid == null) {
            return failed(context, Messages.missingArgument(call.name()));
        }
        long loid = atooid(oid);
        return inTransaction(context, "\\lo_unlink", connection -> {
            try (PreparedStatement unlink = connection.prepareStatement("SELECT pg_catalog.lo_unlink(?::pg_catalog.oid)")) {
                unlink.setLong(1, loid);
                unlink.executeQuery().close();
            }
            return "lo_unlink " + loid;
        });
    }

    /** psql's start_lo_xact, fail_lo_xact and finish_lo_xact around {@code operation}. */
    private static Result inTransaction(MetaContext context, String name, Operation operation) {
        ShellConnection shell = context.connection();
        if (!shell.isOpen()) {
            return failed(context, name + ": not connected to a database");
        }
        TransactionState state = shell.transactionState();
        if (state == TransactionState.FAILED) {
            return failed(context, name + ": current transaction is aborted");
        }
        java.sql.Connection connection = shell.jdbc();
        boolean own = state == TransactionState.IDLE;
        String done;
        try {
            if (own) {
                execute(connection, "BEGIN");
            }
            done = operation.run(connection);
            if (own && !Boolean.FALSE.equals(ShellVariables.parseBoolean(
                    String.valueOf(context.variables().get("AUTOCOMMIT"))))) {
                execute(connection, "COMMIT");
            }
        } catch (SQLException | FileProblem e) {
            String message = e instanceof SQLException sql ? ErrorText.of(sql, null) : e.getMessage() + "\n";
            context.output().server(message);
            if (own) {
                try {
                    execute(connection, "ROLLBACK");
                } catch (SQLException ignored) {
                    // the connection is gone: nothing is left open either
                }
            }
            return Result.failed(message.strip());
        }
        if (!context.variables().isOn("QUIET")) {
            context.output().result(done);
        }
        return Result.OK;
    }

    private static void execute(java.sql.Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** psql's atooid (strtoul): leading digits, 0 when there are none. */
    private static long atooid(String text) {
        long value = 0;
        for (int i = 0; text != null && i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            value = Math.min(value * 10 + (text.charAt(i) - '0'), 0xFFFFFFFFL);
        }
        return value;
    }

    private static String expandTilde(String file) {
        return file.equals("~") || file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file;
    }

    private static Result failed(MetaContext context, String message) {
        context.output().error(message);
        return Result.failed(message);
    }

    private static Command command(String usage, String description, String names, Command.Handler handler) {
        return new Command("Large Objects", usage, description, Pattern.compile(names),
                List.of("\\" + names), handler);
    }
}
