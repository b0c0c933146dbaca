package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;
import java.util.ArrayList;
import java.util.List;

/** {@code \df[anptwS+]} and {@code \da}: psql 15's describeFunctions and describeAggregates. */
public final class FunctionLists {

    private static final String USER_SCHEMAS = "      AND n.nspname <> 'pg_catalog'\n"
            + "      AND n.nspname <> 'information_schema'\n";

    private final Describe describe;

    public FunctionLists(Describe describe) {
        this.describe = describe;
    }

    /**
     * {@code \\df[anptwS+] [FUNCPTRN [TYPEPTRN ...]]}; {@code kinds} is what follows {@code \\df}.
     * Each type pattern matches that argument's type; {@code -} means no such argument.
     */
    public void functions(String kinds, String pattern, List<String> argumentPatterns, boolean verbose,
                          boolean system) throws Failure {
        for (char c : kinds.toCharArray()) {
            if ("anptwS+".indexOf(c) < 0) {
                describe.complain("\\df only takes [anptwS+] as options");
            }
        }
        boolean aggregate = kinds.indexOf('a') >= 0;
        boolean normal = kinds.indexOf('n') >= 0;
        boolean procedure = kinds.indexOf('p') >= 0;
        boolean trigger = kinds.indexOf('t') >= 0;
        boolean window = kinds.indexOf('w') >= 0;
        if (!aggregate && !normal && !procedure && !trigger && !window) {
            aggregate = normal = procedure = trigger = window = true;
        }
        CatalogSql sql = describe.newSql().append("""
                SELECT n.nspname as "Schema",
                  p.proname as "Name",
                  pg_catalog.pg_get_function_result(p.oid) as "Result data type",
                  pg_catalog.pg_get_function_arguments(p.oid) as "Argument data types",
                 CASE p.prokind
                  WHEN 'a' THEN 'agg'
                  WHEN 'w' THEN 'window'
                  WHEN 'p' THEN 'proc'
                  ELSE 'func'
                 END as "Type\"""");
        if (verbose) {
            sql.append("""
                    ,
                     CASE
                      WHEN p.provolatile = 'i' THEN 'immutable'
                      WHEN p.provolatile = 's' THEN 'stable'
                      WHEN p.provolatile = 'v' THEN 'volatile'
                     END as "Volatility",
                     CASE
                      WHEN p.proparallel = 'r' THEN 'restricted'
                      WHEN p.proparallel = 's' THEN 'safe'
                      WHEN p.proparallel = 'u' THEN 'unsafe'
                     END as "Parallel",
                     pg_catalog.pg_get_userbyid(p.proowner) as "Owner",
                     CASE WHEN prosecdef THEN 'definer' ELSE 'invoker' END AS "Security",
                     pg_catalog.array_to_string(p.proacl, E'\\n') AS "Access privileges",
                     l.lanname as "Language",
                     COALESCE(pg_catalog.pg_get_function_sqlbody(p.oid), p.prosrc) as "Source code",
                     pg_catalog.obj_description(p.oid, 'pg_proc') as "Description\"""");
        }
        sql.append("\nFROM pg_catalog.pg_proc p\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace\n");
        for (int i = 0; i < argumentPatterns.size(); i++) {
            sql.append(TypeLists.typeJoin(i, "p.proargtypes[" + i + "]"));
        }
        if (verbose) {
            sql.append("     LEFT JOIN pg_catalog.pg_language l ON l.oid = p.prolang\n");
        }
        if (normal && aggregate && procedure && trigger && window) {
            // every kind: no condition
        } else if (normal) {
            List<String> not = new ArrayList<>();
            if (!aggregate) {
                not.add("p.prokind <> 'a'");
            }
            if (!procedure) {
                not.add("p.prokind <> 'p'");
            }
            if (!trigger) {
                not.add("p.prorettype <> 'pg_catalog.trigger'::pg_catalog.regtype");
            }
            if (!window) {
                not.add("p.prokind <> 'w'");
            }
            if (!not.isEmpty()) {
                sql.append("WHERE ").append(String.join("\n      AND ", not)).append("\n");
                sql.whereWritten(true);
            }
        } else {
            List<String> any = new ArrayList<>();
            if (aggregate) {
                any.add("p.prokind = 'a'");
            }
            if (trigger) {
                any.add("p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype");
            }
            if (procedure) {
                any.add("p.prokind = 'p'");
            }
            if (window) {
                any.add("p.prokind = 'w'");
            }
            sql.append("WHERE (\n       ").append(String.join("\n       OR ", any)).append("\n      )\n");
            sql.whereWritten(true);
        }
        describe.pattern(sql, pattern, "n.nspname", "p.proname", null, "pg_catalog.pg_function_is_visible(p.oid)", 3);
        for (int i = 0; i < argumentPatterns.size(); i++) {
            TypeNames.argumentPattern(describe, sql, i, argumentPatterns.get(i));
        }
        if (!system && pattern == null) {
            sql.append(USER_SCHEMAS);
        }
        sql.append("ORDER BY 1, 2, 4;");
        describe.printList("List of functions", sql.toString());
    }

    /** {@code \\da[S] [PATTERN]}. */
    public void aggregates(String pattern, boolean system) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT n.nspname as "Schema",
                  p.proname AS "Name",
                  pg_catalog.format_type(p.prorettype, NULL) AS "Result data type",
                  CASE WHEN p.pronargs = 0
                    THEN CAST('*' AS pg_catalog.text)
                    ELSE pg_catalog.pg_get_function_arguments(p.oid)
                  END AS "Argument data types",
                  pg_catalog.obj_description(p.oid, 'pg_proc') as "Description"
                FROM pg_catalog.pg_proc p
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                WHERE p.prokind = 'a'
                """);
        if (!system && pattern == null) {
            sql.append(USER_SCHEMAS);
        }
        sql.whereWritten(true);
        describe.pattern(sql, pattern, "n.nspname", "p.proname", null, "pg_catalog.pg_function_is_visible(p.oid)", 3);
        sql.append("ORDER BY 1, 2, 4;");
        describe.printList("List of aggregate functions", sql.toString());
    }
}
