package dev.ride.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * psql's object name patterns ({@code \d ord*}, {@code \dt billing.*}, {@code \d "Mixed"}) turned
 * into WHERE conditions, as psql's processSQLNamePattern does: unquoted letters are downcased,
 * {@code *} and {@code ?} are wildcards, a dot outside quotes separates schema from name, and the
 * result is an anchored regular expression. The messages of {@link Invalid} are psql's own.
 */
public final class NamePattern {

    /** A pattern with too many dots, or one naming another database. */
    public static final class Invalid extends Exception {
        private Invalid(String message) {
            super(message);
        }
    }

    private NamePattern() {
    }

    /** psql's error for a pattern with more dotted parts than the object has. */
    public static Invalid tooManyDots(String pattern) {
        return new Invalid("improper qualified name (too many dotted names): " + pattern);
    }

    /** psql's error for a pattern whose leading part names another database. */
    public static Invalid crossDatabase(String pattern) {
        return new Invalid("cross-database references are not implemented: " + pattern);
    }

    /** The anchored regex a pattern part becomes when it names exactly {@code text}. */
    public static String exactRegex(String text) {
        return "^(" + escape(text) + ")$";
    }

    /**
     * Appends the conditions for {@code pattern} to {@code where}.
     *
     * @param pattern        what the learner typed, or null for "everything visible"
     * @param schemaColumn   the schema name column, or null when the object has no schema
     * @param nameColumn     the object name column
     * @param visibility     condition used when no schema was given (e.g. pg_table_is_visible), or null
     * @param maxParts       how many dotted parts are allowed: 3 for db.schema.name, 2 for db.schema, 1
     * @param currentDatabase a leading database part must name it
     */
    public static void appendConditions(List<String> where, String pattern, String schemaColumn, String nameColumn,
                                 String visibility, int maxParts, String currentDatabase) throws Invalid {
        if (pattern == null) {
            if (visibility != null) {
                where.add(visibility);
            }
            return;
        }
        List<String> parts = regexParts(pattern);
        if (parts.size() > maxParts) {
            throw tooManyDots(pattern);
        }
        int withoutDatabase = schemaColumn == null ? 1 : 2;
        if (parts.size() > withoutDatabase) {
            String database = parts.get(0);
            if (!database.equals(exactRegex(currentDatabase))) {
                throw crossDatabase(pattern);
            }
            parts = parts.subList(1, parts.size());
        }
        String name = parts.get(parts.size() - 1);
        if (!name.equals("^(.*)$")) {
            where.add(nameColumn + " OPERATOR(pg_catalog.~) " + SqlQuoting.literal(name) + " COLLATE pg_catalog.default");
        }
        if (parts.size() == 2) {
            String schema = parts.get(0);
            if (!schema.equals("^(.*)$") && schemaColumn != null) {
                where.add(schemaColumn + " OPERATOR(pg_catalog.~) " + SqlQuoting.literal(schema) + " COLLATE pg_catalog.default");
            }
        } else if (visibility != null) {
            where.add(visibility);
        }
    }

    /** The pattern cut at unquoted dots, each part as an anchored regex. */
    public static List<String> regexParts(String pattern) {
        return regexParts(pattern, false);
    }

    /**
     * As {@link #regexParts(String)}; {@code forceEscape} (psql's force_escape, for operator and
     * type names) quotes regex characters outside double quotes too, {@code *} and {@code ?} staying wildcards.
     */
    public static List<String> regexParts(String pattern, boolean forceEscape) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : '\0';
            if (c == '"') {
                if (inQuotes && next == '"') {
                    current.append('"');
                    i++;
                } else {
                    inQuotes = !inQuotes;
                }
            } else if (!inQuotes && c >= 'A' && c <= 'Z') {
                current.append((char) (c + ('a' - 'A')));
            } else if (!inQuotes && c == '*') {
                current.append(".*");
            } else if (!inQuotes && c == '?') {
                current.append('.');
            } else if (!inQuotes && c == '.') {
                parts.add("^(" + current + ")$");
                current.setLength(0);
            } else if (c == '$') {
                current.append("\\$");
            } else {
                if ((inQuotes || forceEscape) && "|*+?()[]{}.^$\\".indexOf(c) >= 0) {
                    current.append('\\');
                } else if (c == '[' && next == ']') {
                    current.append('\\');
                }
                current.append(c);
            }
        }
        parts.add("^(" + current + ")$");
        return parts;
    }

    /** A regex matching exactly {@code text}. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("|*+?()[]{}.^$\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
