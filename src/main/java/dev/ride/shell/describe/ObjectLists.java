package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;

/**
 * {@code \dc}, {@code \dd}, {@code \dp} ({@code \z}) and {@code \dconfig}: psql 15's
 * listConversions, objectDescription, permissionsList and describeConfigurationParameters.
 */
public final class ObjectLists {

    private static final String USER_SCHEMAS = "WHERE n.nspname <> 'pg_catalog'\n"
            + "      AND n.nspname <> 'information_schema'\n";

    private final Describe describe;

    public ObjectLists(Describe describe) {
        this.describe = describe;
    }

    /** {@code \\dc[S+] [PATTERN]}. */
    public void conversions(String pattern, boolean verbose, boolean system) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT n.nspname AS "Schema",
                       c.conname AS "Name",
                       pg_catalog.pg_encoding_to_char(c.conforencoding) AS "Source",
                       pg_catalog.pg_encoding_to_char(c.contoencoding) AS "Destination",
                       CASE WHEN c.condefault THEN 'yes'
                       ELSE 'no' END AS "Default?\"""");
        if (verbose) {
            sql.append(",\n       d.description AS \"Description\"");
        }
        sql.append("\nFROM pg_catalog.pg_conversion c\n     JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace\n");
        if (verbose) {
            sql.append("LEFT JOIN pg_catalog.pg_description d ON d.classoid = c.tableoid\n"
                    + "          AND d.objoid = c.oid AND d.objsubid = 0\n");
        }
        sql.append("WHERE true\n");
        if (!system && pattern == null) {
            sql.append("  AND n.nspname <> 'pg_catalog'\n  AND n.nspname <> 'information_schema'\n");
        }
        sql.whereWritten(true);
        describe.pattern(sql, pattern, "n.nspname", "c.conname", null, "pg_catalog.pg_conversion_is_visible(c.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of conversions", sql.toString());
    }

    /** {@code \\dd[S] [PATTERN]}: descriptions of constraints, operator classes and families, rules, triggers. */
    public void descriptions(String pattern, boolean system) throws Failure {
        boolean userOnly = !system && pattern == null;
        CatalogSql sql = describe.newSql().append("SELECT DISTINCT tt.nspname AS \"Schema\", tt.name AS \"Name\", "
                + "tt.object AS \"Object\", d.description AS \"Description\"\nFROM (\n");
        sql.append(constraintSelect("table constraint", "    JOIN pg_catalog.pg_class c ON c.oid = pgc.conrelid\n"
                + "    LEFT JOIN pg_catalog.pg_namespace n     ON n.oid = c.relnamespace\n"));
        userSchemas(sql, userOnly, USER_SCHEMAS);
        describe.pattern(sql.whereWritten(userOnly), pattern, "n.nspname", "pgc.conname", null,
                "pg_catalog.pg_table_is_visible(c.oid)", 3);
        sql.append("UNION ALL\n").append(constraintSelect("domain constraint",
                "    JOIN pg_catalog.pg_type t ON t.oid = pgc.contypid\n"
                        + "    LEFT JOIN pg_catalog.pg_namespace n     ON n.oid = t.typnamespace\n"));
        userSchemas(sql, userOnly, USER_SCHEMAS);
        describe.pattern(sql.whereWritten(userOnly), pattern, "n.nspname", "pgc.conname", null,
                "pg_catalog.pg_type_is_visible(t.oid)", 3);
        sql.append("""
                UNION ALL
                  SELECT o.oid as oid, o.tableoid as tableoid,
                  n.nspname as nspname,
                  CAST(o.opcname AS pg_catalog.text) as name,
                  CAST('operator class' AS pg_catalog.text) as object
                  FROM pg_catalog.pg_opclass o
                    JOIN pg_catalog.pg_am am ON o.opcmethod = am.oid
                    JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace
                """);
        userSchemas(sql, userOnly, "      AND n.nspname <> 'pg_catalog'\n      AND n.nspname <> 'information_schema'\n");
        describe.pattern(sql.whereWritten(true), pattern, "n.nspname", "o.opcname", null,
                "pg_catalog.pg_opclass_is_visible(o.oid)", 3);
        sql.append("""
                UNION ALL
                  SELECT opf.oid as oid, opf.tableoid as tableoid,
                  n.nspname as nspname,
                  CAST(opf.opfname AS pg_catalog.text) AS name,
                  CAST('operator family' AS pg_catalog.text) as object
                  FROM pg_catalog.pg_opfamily opf
                    JOIN pg_catalog.pg_am am ON opf.opfmethod = am.oid
                    JOIN pg_catalog.pg_namespace n ON opf.opfnamespace = n.oid
                """);
        userSchemas(sql, userOnly, "      AND n.nspname <> 'pg_catalog'\n      AND n.nspname <> 'information_schema'\n");
        describe.pattern(sql.whereWritten(true), pattern, "n.nspname", "opf.opfname", null,
                "pg_catalog.pg_opfamily_is_visible(opf.oid)", 3);
        sql.append("""
                UNION ALL
                  SELECT r.oid as oid, r.tableoid as tableoid,
                  n.nspname as nspname,
                  CAST(r.rulename AS pg_catalog.text) as name,  CAST('rule' AS pg_catalog.text) as object
                  FROM pg_catalog.pg_rewrite r
                       JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
                       LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                  WHERE r.rulename != '_RETURN'
                """);
        userSchemas(sql, userOnly, "      AND n.nspname <> 'pg_catalog'\n      AND n.nspname <> 'information_schema'\n");
        describe.pattern(sql.whereWritten(true), pattern, "n.nspname", "r.rulename", null,
                "pg_catalog.pg_table_is_visible(c.oid)", 3);
        sql.append("""
                UNION ALL
                  SELECT t.oid as oid, t.tableoid as tableoid,
                  n.nspname as nspname,
                  CAST(t.tgname AS pg_catalog.text) as name,  CAST('trigger' AS pg_catalog.text) as object
                  FROM pg_catalog.pg_trigger t
                       JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
                       LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                """);
        userSchemas(sql, userOnly, USER_SCHEMAS);
        describe.pattern(sql.whereWritten(userOnly), pattern, "n.nspname", "t.tgname", null,
                "pg_catalog.pg_table_is_visible(c.oid)", 3);
        sql.append(") AS tt\n  JOIN pg_catalog.pg_description d ON (tt.oid = d.objoid AND tt.tableoid = d.classoid "
                + "AND d.objsubid = 0)\nORDER BY 1, 2, 3;");
        describe.printList("Object descriptions", sql.toString());
    }

    private static String constraintSelect(String object, String joins) {
        return "  SELECT pgc.oid as oid, pgc.tableoid AS tableoid,\n  n.nspname as nspname,\n"
                + "  CAST(pgc.conname AS pg_catalog.text) as name,  CAST('" + object + "' AS pg_catalog.text) as object\n"
                + "  FROM pg_catalog.pg_constraint pgc\n" + joins;
    }

    private static void userSchemas(CatalogSql sql, boolean userOnly, String condition) {
        if (userOnly) {
            sql.append(condition);
        }
    }

    /** {@code \\dp [PATTERN]} and {@code \\z}: system and other sessions' temporary schemas only by pattern. */
    public void privileges(String pattern) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT n.nspname as "Schema",
                  c.relname as "Name",
                  CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' \
                WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' END as "Type",
                  pg_catalog.array_to_string(c.relacl, E'\\n') AS "Access privileges",
                  pg_catalog.array_to_string(ARRAY(
                    SELECT attname || E':\\n  ' || pg_catalog.array_to_string(attacl, E'\\n  ')
                    FROM pg_catalog.pg_attribute a
                    WHERE attrelid = c.oid AND NOT attisdropped AND attacl IS NOT NULL
                  ), E'\\n') AS "Column privileges",
                  pg_catalog.array_to_string(ARRAY(
                    SELECT polname
                    || CASE WHEN NOT polpermissive THEN
                       E' (RESTRICTIVE)'
                       ELSE '' END
                    || CASE WHEN polcmd != '*' THEN
                           E' (' || polcmd::pg_catalog.text || E'):'
                       ELSE E':'
                       END
                    || CASE WHEN polqual IS NOT NULL THEN
                           E'\\n  (u): ' || pg_catalog.pg_get_expr(polqual, polrelid)
                       ELSE E''
                       END
                    || CASE WHEN polwithcheck IS NOT NULL THEN
                           E'\\n  (c): ' || pg_catalog.pg_get_expr(polwithcheck, polrelid)
                       ELSE E''
                       END    || CASE WHEN polroles <> '{0}' THEN
                           E'\\n  to: ' || pg_catalog.array_to_string(
                               ARRAY(
                                   SELECT rolname
                                   FROM pg_catalog.pg_roles
                                   WHERE oid = ANY (polroles)
                                   ORDER BY 1
                               ), E', ')
                       ELSE E''
                       END
                    FROM pg_catalog.pg_policy pol
                    WHERE polrelid = c.oid), E'\\n')
                    AS "Policies"
                FROM pg_catalog.pg_class c
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r','v','m','S','f','p')
                """);
        sql.whereWritten(true);
        describe.pattern(sql, pattern, "n.nspname", "c.relname", null,
                "n.nspname !~ '^pg_' AND pg_catalog.pg_table_is_visible(c.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        describe.printList("Access privileges", sql.toString());
    }

    /** {@code \\dconfig[+] [PATTERN]}: without a pattern, the settings changed from their defaults. */
    public void settings(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append(
                "SELECT s.name AS \"Parameter\", pg_catalog.current_setting(s.name) AS \"Value\"");
        if (verbose) {
            sql.append(", s.vartype AS \"Type\", s.context AS \"Context\", "
                    + "pg_catalog.array_to_string(p.paracl, E'\\n') AS \"Access privileges\"");
        }
        sql.append("\nFROM pg_catalog.pg_settings s\n");
        if (verbose) {
            sql.append("  LEFT JOIN pg_catalog.pg_parameter_acl p\n  ON pg_catalog.lower(s.name) = p.parname\n");
        }
        if (pattern != null) {
            describe.pattern(sql, pattern, null, "pg_catalog.lower(s.name)", null, null, Integer.MAX_VALUE);
        } else {
            sql.append("WHERE s.source <> 'default' AND\n      s.setting IS DISTINCT FROM s.boot_val\n");
        }
        sql.append("ORDER BY 1;");
        describe.printList(pattern != null ? "List of configuration parameters"
                : "List of non-default configuration parameters", sql.toString());
    }
}
