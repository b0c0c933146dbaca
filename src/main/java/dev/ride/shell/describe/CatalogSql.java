package dev.ride.shell.describe;

import dev.ride.sql.NamePattern;
import dev.ride.sql.SqlQuoting;
import java.util.List;

/**
 * A describe query being written the way psql 15's describe.c writes it: text appended line by
 * line, with psql's WHEREAND rule ("WHERE " for the first condition, "  AND " after it) and
 * validateSQLNamePattern's conditions for a name pattern (a name column, optionally a second name
 * it may match, a schema column, a visibility rule when no schema is given, and the same errors
 * for too many dotted names or another database). psql's -E output shows the same text.
 */
final class CatalogSql {

    private final StringBuilder sql = new StringBuilder();
    private final String currentDatabase;
    private boolean haveWhere;

    CatalogSql(String currentDatabase) {
        this.currentDatabase = currentDatabase;
    }

    CatalogSql append(String text) {
        sql.append(text);
        return this;
    }

    /** psql's WHEREAND() then the condition and a newline. */
    CatalogSql and(String condition) {
        whereAnd();
        sql.append(condition).append('\n');
        return this;
    }

    /** Marks the WHERE as written already (psql's have_where passed in). */
    CatalogSql whereWritten(boolean written) {
        haveWhere = written;
        return this;
    }

    boolean hasWhere() {
        return haveWhere;
    }

    private void whereAnd() {
        if (haveWhere) {
            sql.append("  AND ");
        } else {
            sql.append("WHERE ");
            haveWhere = true;
        }
    }

    /**
     * psql's validateSQLNamePattern: conditions for {@code pattern} (null adds only the
     * visibility rule). Returns false, the message being psql's, when the pattern names too many
     * parts or another database.
     */
    void pattern(String pattern, String schemaVar, String nameVar, String altNameVar, String visibility,
                 int maxParts) throws NamePattern.Invalid {
        pattern(pattern, false, schemaVar, nameVar, altNameVar, visibility, maxParts);
    }

    /** As above; {@code forceEscape} is psql's force_escape (operator and type names). */
    void pattern(String pattern, boolean forceEscape, String schemaVar, String nameVar, String altNameVar,
                 String visibility, int maxParts) throws NamePattern.Invalid {
        if (pattern == null) {
            if (visibility != null) {
                and(visibility);
            }
            return;
        }
        List<String> parts = NamePattern.regexParts(pattern, forceEscape);
        if (parts.size() > maxParts) {
            throw NamePattern.tooManyDots(pattern);
        }
        if (maxParts > 1 && parts.size() == maxParts) {
            if (!parts.get(0).equals(NamePattern.exactRegex(currentDatabase))) {
                throw NamePattern.crossDatabase(pattern);
            }
            parts = parts.subList(1, parts.size());
        }
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
        if (schemaVar == null && parts.size() > 1) {
            // an object without a schema: psql keeps the remaining dots in the name's expression
            StringBuilder joined = new StringBuilder();
            for (String part : parts) {
                joined.append(joined.length() == 0 ? "" : ".").append(part, 2, part.length() - 2);
            }
            name = "^(" + joined + ")$";
            schema = null;
        }
        if (nameVar != null && !name.equals("^(.*)$")) {
            whereAnd();
            String literal = SqlQuoting.literal(name);
            if (altNameVar != null) {
                sql.append('(').append(nameVar).append(" OPERATOR(pg_catalog.~) ").append(literal)
                        .append(" COLLATE pg_catalog.default\n        OR ").append(altNameVar)
                        .append(" OPERATOR(pg_catalog.~) ").append(literal).append(" COLLATE pg_catalog.default)\n");
            } else {
                sql.append(nameVar).append(" OPERATOR(pg_catalog.~) ").append(literal)
                        .append(" COLLATE pg_catalog.default\n");
            }
        }
        if (schema != null) {
            if (!schema.equals("^(.*)$") && schemaVar != null) {
                and(schemaVar + " OPERATOR(pg_catalog.~) " + SqlQuoting.literal(schema) + " COLLATE pg_catalog.default");
            }
        } else if (visibility != null) {
            and(visibility);
        }
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
