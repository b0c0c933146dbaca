package dev.ride.sql;

/**
 * Text made safe to paste into SQL. The one place ride quotes a value or a name, so every caller
 * quotes the same way as psql and libpq do.
 */
public final class SqlQuoting {

    private SqlQuoting() {
    }

    /**
     * A string literal with its quotes doubled, for a server with standard_conforming_strings on
     * (every sandbox): libpq's appendStringLiteralConn, which psql uses for name patterns.
     */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * libpq's PQescapeLiteral (psql's {@code :'name'}): quotes doubled; with a backslash in the
     * value, an {@code E''} literal with backslashes doubled, preceded by a blank as libpq writes it.
     */
    public static String escapeLiteral(String value) {
        boolean backslash = value.indexOf('\\') >= 0;
        StringBuilder out = new StringBuilder(value.length() + 4);
        if (backslash) {
            out.append(" E");
        }
        out.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append(c);
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }

    /** libpq's PQescapeIdentifier (psql's {@code :"name"}): always double-quoted, quotes doubled. */
    public static String identifier(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
