package dev.ride.shell.complete;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The SQL keywords completion offers and highlighting colours. */
public final class SqlKeywords {

    static final List<String> ALL = List.of(
            "ABORT", "ADD", "ALL", "ALTER", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "BEGIN", "BETWEEN", "BY",
            "CASCADE", "CASE", "CAST", "CHECK", "COLUMN", "COMMIT", "CONCURRENTLY", "CONSTRAINT", "COPY", "CREATE",
            "CROSS", "DATABASE", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DO", "DROP", "ELSE", "END", "EXCEPT",
            "EXISTS", "EXPLAIN", "EXTENSION", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "FULL", "FUNCTION",
            "GRANT", "GROUP", "HAVING", "IF", "ILIKE", "IN", "INDEX", "INNER", "INSERT", "INTERSECT", "INTO", "IS",
            "JOIN", "KEY", "LATERAL", "LEFT", "LIKE", "LIMIT", "LOCK", "NOT", "NULL", "OFFSET", "ON", "ONLY", "OR",
            "ORDER", "OUTER", "PRIMARY", "REFERENCES", "REINDEX", "RENAME", "RETURNING", "REVOKE", "RIGHT",
            "ROLLBACK", "SAVEPOINT", "SCHEMA", "SELECT", "SEQUENCE", "SET", "SHOW", "TABLE", "THEN", "TO",
            "TRANSACTION", "TRIGGER", "TRUE", "TRUNCATE", "TYPE", "UNION", "UNIQUE", "UPDATE", "USING", "VACUUM",
            "VALUES", "VIEW", "WHEN", "WHERE", "WITH");

    private static final Set<String> LOWER = ALL.stream().map(k -> k.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private SqlKeywords() {
    }

    static boolean isKeyword(String word) {
        return LOWER.contains(word.toLowerCase(Locale.ROOT));
    }
}
