package dev.ride.shell.query;

import dev.ride.shell.ErrorText;
import dev.ride.shell.Messages;
import dev.ride.shell.MessageStyle;
import dev.ride.shell.ServerMessageFormatter;
import dev.ride.shell.ShellOutput;
import dev.ride.shell.ShellVariables;
import dev.ride.shell.print.HeldPrint;
import dev.ride.shell.print.NumericTypes;
import dev.ride.shell.print.PrintOptions;
import dev.ride.shell.print.PrintTable;
import dev.ride.shell.print.TablePrinter;
import dev.ride.shell.print.TableRows;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;
import org.postgresql.util.ServerErrorMessage;

/**
 * Prints each result of a query as it arrives, as psql 15 does for every statement of a
 * multi-statement query (its PrintQueryResult), or stores the one row of {@code \\gset} in
 * variables (StoreQueryTuple). It also shows the server's notices and errors, with the position
 * of an error in the statement that was sent.
 */
public final class ResultPrinter implements FetchCountQuery.Target, StreamedQuery.Target {
    private final ShellOutput output;
    private final ShellVariables variables;
    /** The text error positions refer to: the query, or a statement FETCH_COUNT wraps it in. */
    private String sql;
    private final PrintOptions options;
    private final String gsetPrefix;
    private final List<String> crosstabArgs;
    private final String nullName;
    /** The first error of the query, for the transcript; null while all went well. */
    String firstError;
    boolean connectionLost;
    /** The last command tag and the first server error, for psql's result variables. */
    String lastTag;
    SQLException firstSqlError;
    /** The last server error and the text it came from, which psql keeps for {@code \\errverbose}. */
    SQLException lastSqlError;
    String lastErrorQuery;
    /**
     * Whether a statement ended or replaced ON_ERROR_ROLLBACK's savepoint (COMMIT, ROLLBACK,
     * RELEASE, or a SAVEPOINT of the learner's, which releasing ours would remove), as psql checks.
     */
    boolean savepointGone;
    /** Time spent printing, which {@code \\timing} leaves out as psql does. */
    long printingNanos;

    /** @param gsetPrefix psql's {@code \\gset}: the one row goes into variables, nothing is printed; or null */
    ResultPrinter(ShellOutput output, ShellVariables variables, String sql, PrintOptions options, String gsetPrefix) {
        this(output, variables, sql, options, gsetPrefix, null, null);
    }

    /**
     * @param crosstabArgs psql's {@code \\crosstabview}: the result is printed pivoted; or null
     * @param nullName     how a crosstab error names a NULL header value
     */
    ResultPrinter(ShellOutput output, ShellVariables variables, String sql, PrintOptions options, String gsetPrefix,
                  List<String> crosstabArgs, String nullName) {
        this.crosstabArgs = crosstabArgs;
        this.nullName = nullName;
        this.output = output;
        this.variables = variables;
        this.sql = sql;
        this.options = options;
        this.gsetPrefix = gsetPrefix;
    }

    /** psql's StoreQueryTuple: exactly one row; NULL unsets the variable. */
    private void store(List<SqlRunner.Column> columns, TableRows row) {
        if (row.size() != 1) {
            String message = row.size() == 0 ? "no rows returned for \\gset"
                    : "more than one row returned for \\gset";
            firstError = firstError == null ? message : firstError;
            output.error(message);
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            String name = gsetPrefix + columns.get(i).name();
            if (!ShellVariables.validName(name)) {
                String message = "invalid variable name: \"" + name + "\"";
                firstError = firstError == null ? message : firstError;
                output.error(message);
                return;
            }
            String special = ShellVariables.gsetRefusal(name);
            if (special != null) {
                output.error(special); // a warning in psql: the statement still succeeded
                continue;
            }
            String value = row.cell(0, i);
            if (value == null) {
                variables.unset(name);
            } else {
                variables.set(name, value); // an ordinary variable: always taken
            }
        }
    }

    @Override
    public void rows(List<SqlRunner.Column> columns, TableRows rows, String commandTag) {
        rows(columns, rows, commandTag, true);
    }

    /**
     * psql 15's PrintQueryResult: {@code \\gset} and {@code \\crosstabview} take the last result;
     * the others are printed unless SHOW_ALL_RESULTS is off.
     */
    @Override
    public void rows(List<SqlRunner.Column> columns, TableRows rows, String commandTag, boolean last) {
        long start = System.nanoTime();
        noteSavepoint(commandTag);
        if (!last && !variables.isOn("SHOW_ALL_RESULTS")) {
            lastTag = commandTag;
            return;
        }
        if (gsetPrefix != null && last) {
            store(columns, rows);
            dataModifyingTag(commandTag);
            return;
        }
        if (crosstabArgs != null && last) {
            CrosstabView.Pivoted pivoted = CrosstabView.pivot(columns, rows, crosstabArgs, options, nullName);
            if (pivoted.error() != null) {
                firstError = firstError == null ? pivoted.error() : firstError;
                output.error(pivoted.error());
            } else {
                output.table(pivoted.table(), options);
            }
        } else {
            output.table(table(columns, rows), options);
        }
        dataModifyingTag(commandTag);
        printingNanos += System.nanoTime() - start;
    }

    @Override
    public HeldPrint printAhead(List<SqlRunner.Column> columns) {
        return HeldPrint.suits(options) ? new HeldPrint(table(columns, TableRows.of(List.of())), options) : null;
    }

    @Override
    public void printed(HeldPrint print, String commandTag) {
        long start = System.nanoTime();
        output.release(print);
        dataModifyingTag(commandTag);
        printingNanos += System.nanoTime() - start;
    }

    /** psql prints the tag of INSERT, UPDATE or DELETE ... RETURNING (or a WITH of them) after the rows. */
    private void dataModifyingTag(String commandTag) {
        lastTag = commandTag;
        if (commandTag != null && (commandTag.startsWith("INSERT") || commandTag.startsWith("UPDATE")
                || commandTag.startsWith("DELETE"))) {
            output.commandTag(commandTag);
        }
    }

    @Override
    public void sending(String text) {
        sql = text;
    }

    @Override
    public void batch(List<SqlRunner.Column> columns, TableRows rows, TablePrinter.Segment segment) {
        long start = System.nanoTime();
        output.table(table(columns, rows), options, segment);
        printingNanos += System.nanoTime() - start;
    }

    @Override
    public void fetched(long rows) {
        lastTag = "SELECT " + rows;
    }

    private PrintTable table(List<SqlRunner.Column> columns, TableRows rows) {
        return new PrintTable(options.title(), headers(columns), rightAligned(columns), rows, null);
    }

    private List<String> headers(List<SqlRunner.Column> columns) {
        return columns.stream().map(SqlRunner.Column::name).toList();
    }

    private boolean[] rightAligned(List<SqlRunner.Column> columns) {
        boolean[] right = new boolean[columns.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = NumericTypes.isRightAligned(columns.get(i).typeOid());
        }
        return right;
    }

    @Override
    public void command(String commandTag) {
        command(commandTag, true);
    }

    @Override
    public void command(String commandTag, boolean last) {
        lastTag = commandTag;
        noteSavepoint(commandTag);
        if (last || variables.isOn("SHOW_ALL_RESULTS")) {
            output.commandTag(commandTag);
        }
    }

    private void noteSavepoint(String commandTag) {
        savepointGone |= java.util.Set.of("COMMIT", "SAVEPOINT", "RELEASE", "ROLLBACK").contains(commandTag);
    }

    @Override
    public void notice(SQLWarning notice) {
        ServerErrorMessage message = ErrorText.serverMessage(notice);
        output.server(message != null ? ServerMessageFormatter.format(message, sql, false, MessageStyle.of(variables))
                : notice.getMessage() + "\n");
    }

    @Override
    public void error(SQLException error) {
        if (firstError == null) {
            firstError = ErrorText.gist(error);
            firstSqlError = error;
        }
        lastSqlError = error;
        lastErrorQuery = sql;
        if (ErrorText.isConnectionFailure(error)) {
            connectionLost = true;
        }
        output.server(ErrorText.of(error, sql, MessageStyle.of(variables)));
    }

    @Override
    public void canceled() {
        if (firstError == null) {
            firstError = Messages.QUERY_CANCELED;
            firstSqlError = new SQLException(Messages.QUERY_CANCELED, "57014");
        }
        output.server("ERROR:  " + Messages.QUERY_CANCELED + "\n");
    }
}

