package dev.ride.shell.describe;

import java.util.Map;

/**
 * psql 15's map_typename_pattern: a type pattern that is one of the grammar's own spellings
 * ({@code int}, {@code float}, {@code int4[]}) becomes the name format_type() prints, so
 * {@code \dT int} and {@code \df f int[]} find what the learner means.
 */
final class TypeNames {

    private static final Map<String, String> GRAMMAR_TO_FORMATTED = Map.ofEntries(
            Map.entry("decimal", "numeric"),
            Map.entry("float", "double precision"),
            Map.entry("int", "integer"),
            Map.entry("bool[]", "boolean[]"),
            Map.entry("decimal[]", "numeric[]"),
            Map.entry("float[]", "double precision[]"),
            Map.entry("float4[]", "real[]"),
            Map.entry("float8[]", "double precision[]"),
            Map.entry("int[]", "integer[]"),
            Map.entry("int2[]", "smallint[]"),
            Map.entry("int4[]", "integer[]"),
            Map.entry("int8[]", "bigint[]"),
            Map.entry("time[]", "time without time zone[]"),
            Map.entry("timetz[]", "time with time zone[]"),
            Map.entry("timestamp[]", "timestamp without time zone[]"),
            Map.entry("timestamptz[]", "timestamp with time zone[]"),
            Map.entry("varbit[]", "bit varying[]"),
            Map.entry("varchar[]", "character varying[]"));

    private TypeNames() {
    }

    static String mapPattern(String pattern) {
        if (pattern == null) {
            return null;
        }
        // psql compares with pg_strcasecmp: ASCII letters only
        return GRAMMAR_TO_FORMATTED.getOrDefault(asciiLower(pattern), pattern);
    }

    private static String asciiLower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    /** psql's conditions for the type of argument {@code i}: a type pattern, or "-" for none. */
    static void argumentPattern(Describe describe, CatalogSql sql, int i, String pattern) throws Describe.Failure {
        if (pattern.equals("-")) {
            sql.append("  AND t" + i + ".typname IS NULL\n");
        } else {
            describe.pattern(sql, mapPattern(pattern), true, "nt" + i + ".nspname", "t" + i + ".typname",
                    "pg_catalog.format_type(t" + i + ".oid, NULL)", "pg_catalog.pg_type_is_visible(t" + i + ".oid)", 3);
        }
    }
}
