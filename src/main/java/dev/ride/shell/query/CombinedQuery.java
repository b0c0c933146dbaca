package dev.ride.shell.query;

import dev.ride.sql.StatementSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a query combined with {@code \;} that holds a COPY FROM STDIN or TO STDOUT.
 * psql sends such a query whole and serves the COPY when its turn comes; the driver runs a COPY
 * only as a query of its own, so the shell sends the statements before it, the COPY, and those
 * after it one after the other ({@code ShellSession}).
 */
public final class CombinedQuery {

    private CombinedQuery() {
    }

    /** The statements of {@code sql}, when there are several and one is a COPY with data on this side; else null. */
    public static List<String> copyParts(String sql) {
        StatementSplitter splitter = new StatementSplitter();
        List<String> parts = new ArrayList<>();
        for (String line : sql.split("\n", -1)) {
            splitter.feedLine(line);
            for (StatementSplitter.Scan scan = splitter.next(); !(scan instanceof StatementSplitter.EndOfLine);
                 scan = splitter.next()) {
                if (scan instanceof StatementSplitter.Statement statement) {
                    parts.add(statement.sql());
                } else {
                    return null; // a backslash outside quotes: not plain SQL, sent as it is
                }
            }
        }
        splitter.finishInput().filter(rest -> !rest.isBlank()).ifPresent(parts::add);
        boolean hasCopy = parts.stream().anyMatch(CombinedQuery::isCopy);
        return parts.size() > 1 && hasCopy ? parts : null;
    }

    public static boolean isCopy(String part) {
        return CopyStatement.isCopyIn(part) || CopyStatement.isCopyOut(part);
    }
}
