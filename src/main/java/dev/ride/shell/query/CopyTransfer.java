package dev.ride.shell.query;

import dev.ride.shell.ErrorText;
import dev.ride.shell.InputSource;
import dev.ride.shell.ShellConnection;
import dev.ride.shell.ShellOutput;
import dev.ride.shell.meta.SlashCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * COPY data between the server and this side, as psql's copy.c does: {@code COPY ... TO STDOUT}
 * to the result output, {@code COPY ... FROM STDIN} from the lines that follow in the input, and
 * {@code \copy} from or to a file. It prints what psql prints and says how it went; the session
 * keeps the books (failure flag, transcript, lost connection).
 */
public final class CopyTransfer {

    private final ShellConnection connection;
    private final ShellOutput output;

    public CopyTransfer(ShellConnection connection, ShellOutput output) {
        this.connection = connection;
        this.output = output;
    }

    /** {@code COPY ... TO STDOUT}: the data goes where query results go. */
    public SqlOutcome copyOut(String sql) {
        String error = null;
        try {
            manager().copyOut(sql, output.results());
            output.results().flush();
        } catch (SQLException e) {
            error = ErrorText.gist(e);
            output.server(ErrorText.of(e, sql));
        } catch (IOException e) {
            error = e.getMessage();
            output.error(error);
        }
        return new SqlOutcome(error, connection.isClosed());
    }

    /**
     * {@code COPY ... FROM STDIN}: the following lines of {@code source} become its data.
     *
     * @return null once the COPY has started, or how it failed
     */
    public SqlOutcome startCopyIn(InputSource source, String sql) {
        try {
            source.startCopy(manager().copyIn(sql), sql);
            return null;
        } catch (SQLException e) {
            output.server(ErrorText.of(e, sql));
            return new SqlOutcome(ErrorText.gist(e), connection.isClosed());
        }
    }

    /** One line of COPY data from {@code source}. */
    public void sendLine(InputSource source, String line) {
        byte[] data = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            source.copy().writeToCopy(data, 0, data.length);
        } catch (SQLException e) {
            // the server gave up on this COPY; the error surfaces when it ends
        }
    }

    /** The end of the data ({@code \.} or the end of the source): the server's count or error. */
    public SqlOutcome finishCopyIn(InputSource source) {
        String error = null;
        try {
            long rows = source.copy().endCopy();
            output.commandTag("COPY " + rows);
        } catch (SQLException e) {
            error = ErrorText.gist(e);
            output.server(ErrorText.of(e, source.copyStatement()));
        } finally {
            source.endCopy();
        }
        return new SqlOutcome(error, false);
    }

    /** {@code \copy ... FROM|TO 'file'}: the whole transfer at once. */
    public SqlOutcome copyFile(SlashCopy copy) {
        String error = null;
        try {
            CopyManager manager = manager();
            long rows;
            if (copy.from()) {
                try (var reader = Files.newBufferedReader(Path.of(copy.file()), StandardCharsets.UTF_8)) {
                    rows = manager.copyIn(copy.sql(), reader);
                }
            } else {
                try (var writer = Files.newBufferedWriter(Path.of(copy.file()), StandardCharsets.UTF_8)) {
                    rows = manager.copyOut(copy.sql(), writer);
                }
            }
            output.commandTag("COPY " + rows);
        } catch (SQLException e) {
            error = ErrorText.gist(e);
            output.server(ErrorText.of(e, copy.sql()));
        } catch (IOException e) {
            error = copy.file() + ": " + (e instanceof NoSuchFileException ? "No such file or directory" : e.getMessage());
            output.error(error);
        }
        return new SqlOutcome(error, connection.isClosed());
    }

    private CopyManager manager() throws SQLException {
        return new CopyManager(connection.jdbc().unwrap(BaseConnection.class));
    }
}
