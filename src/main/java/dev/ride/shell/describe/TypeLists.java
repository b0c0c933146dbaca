package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;
import java.util.List;

/** {@code \dT} and {@code \do}: psql 15's describeTypes and describeOperators. */
public final class TypeLists {

    private static final String USER_SCHEMAS = "      AND n.nspname <> 'pg_catalog'\n"
            + "      AND n.nspname <> 'information_schema'\n";

    private final Describe describe;

    public TypeLists(Describe describe) {
        this.describe = describe;
    }

    /** {@code \\dT[S+] [PATTERN]}: array types only when the pattern says {@code []}. */
    public void types(String pattern, boolean verbose, boolean system) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT n.nspname as \"Schema\",\n"
                + "  pg_catalog.format_type(t.oid, NULL) AS \"Name\",\n");
        if (verbose) {
            sql.append("""
                      t.typname AS "Internal name",
                      CASE WHEN t.typrelid != 0
                          THEN CAST('tuple' AS pg_catalog.text)
                        WHEN t.typlen < 0
                          THEN CAST('var' AS pg_catalog.text)
                        ELSE CAST(t.typlen AS pg_catalog.text)
                      END AS "Size",
                      pg_catalog.array_to_string(
                          ARRAY(
                              SELECT e.enumlabel
                              FROM pg_catalog.pg_enum e
                              WHERE e.enumtypid = t.oid
                              ORDER BY e.enumsortorder
                          ),
                          E'\\n'
                      ) AS "Elements",
                      pg_catalog.pg_get_userbyid(t.typowner) AS "Owner",
                    pg_catalog.array_to_string(t.typacl, E'\\n') AS "Access privileges",
                    """).append("  ");
        }
        sql.append("  pg_catalog.obj_description(t.oid, 'pg_type') as \"Description\"\n")
                .append("FROM pg_catalog.pg_type t\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n")
                .append("WHERE (t.typrelid = 0 OR (SELECT c.relkind = 'c' FROM pg_catalog.pg_class c "
                        + "WHERE c.oid = t.typrelid))\n");
        if (pattern == null || !pattern.contains("[]")) {
            sql.append("  AND NOT EXISTS(SELECT 1 FROM pg_catalog.pg_type el WHERE el.oid = t.typelem "
                    + "AND el.typarray = t.oid)\n");
        }
        if (!system && pattern == null) {
            sql.append(USER_SCHEMAS);
        }
        sql.whereWritten(true);
        describe.pattern(sql, TypeNames.mapPattern(pattern), true, "n.nspname", "t.typname",
                "pg_catalog.format_type(t.oid, NULL)", "pg_catalog.pg_type_is_visible(t.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of data types", sql.toString());
    }

    /** {@code \\do[S+] [OPPTRN [TYPEPTRN [TYPEPTRN]]]}: one type is the right operand, two are both. */
    public void operators(String pattern, List<String> argumentPatterns, boolean verbose, boolean system)
            throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT n.nspname as "Schema",
                  o.oprname AS "Name",
                  CASE WHEN o.oprkind='l' THEN NULL ELSE pg_catalog.format_type(o.oprleft, NULL) END AS "Left arg type",
                  CASE WHEN o.oprkind='r' THEN NULL ELSE pg_catalog.format_type(o.oprright, NULL) END AS "Right arg type",
                  pg_catalog.format_type(o.oprresult, NULL) AS "Result type",
                """);
        if (verbose) {
            sql.append("  o.oprcode AS \"Function\",\n");
        }
        sql.append("""
                  coalesce(pg_catalog.obj_description(o.oid, 'pg_operator'),
                           pg_catalog.obj_description(o.oprcode, 'pg_proc')) AS "Description"
                FROM pg_catalog.pg_operator o
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
                """);
        int arguments = argumentPatterns.size();
        if (arguments == 2) {
            sql.append(typeJoin(0, "o.oprleft")).append(typeJoin(1, "o.oprright"));
        } else if (arguments == 1) {
            sql.append(typeJoin(0, "o.oprright"));
        }
        if (!system && pattern == null) {
            sql.append("WHERE n.nspname <> 'pg_catalog'\n      AND n.nspname <> 'information_schema'\n");
            sql.whereWritten(true);
        }
        describe.pattern(sql, pattern, true, "n.nspname", "o.oprname", null,
                "pg_catalog.pg_operator_is_visible(o.oid)", 3);
        if (arguments == 1) {
            sql.and("o.oprleft = 0");
        }
        for (int i = 0; i < arguments; i++) {
            TypeNames.argumentPattern(describe, sql, i, argumentPatterns.get(i));
        }
        sql.append("ORDER BY 1, 2, 3, 4;");
        describe.printList("List of operators", sql.toString());
    }

    static String typeJoin(int i, String typeColumn) {
        return "     LEFT JOIN pg_catalog.pg_type t" + i + " ON t" + i + ".oid = " + typeColumn + "\n"
                + "     LEFT JOIN pg_catalog.pg_namespace nt" + i + " ON nt" + i + ".oid = t" + i + ".typnamespace\n";
    }
}
