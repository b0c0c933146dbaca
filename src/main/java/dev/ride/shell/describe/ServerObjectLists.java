package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;

/**
 * The remaining lists of psql 15's describe.c, each one query with psql's title: {@code \db},
 * {@code \dC}, {@code \dD}, {@code \ddp}, {@code \des}, {@code \dew}, {@code \dL}, {@code \dO},
 * {@code \drds}, {@code \dRp}, {@code \dRs}, {@code \dX}, {@code \dy}.
 */
public final class ServerObjectLists {

    private static final String USER_SCHEMAS = "      AND n.nspname <> 'pg_catalog'\n"
            + "      AND n.nspname <> 'information_schema'\n";
    /** psql's options column: {@code %s} twice, the options array. */
    static final String OPTIONS = "CASE WHEN %s IS NULL THEN '' ELSE   '(' || pg_catalog.array_to_string("
            + "ARRAY(SELECT   pg_catalog.quote_ident(option_name) ||  ' ' ||   pg_catalog.quote_literal(option_value)  "
            + "FROM   pg_catalog.pg_options_to_table(%s)),  ', ') || ')'   END AS \"FDW options\"";

    private final Describe describe;

    public ServerObjectLists(Describe describe) {
        this.describe = describe;
    }

    /** {@code \\db[+] [PATTERN]}. */
    public void tablespaces(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT spcname AS \"Name\",\n"
                + "  pg_catalog.pg_get_userbyid(spcowner) AS \"Owner\",\n"
                + "  pg_catalog.pg_tablespace_location(oid) AS \"Location\"");
        if (verbose) {
            sql.append(",\n  pg_catalog.array_to_string(spcacl, E'\\n') AS \"Access privileges\""
                    + ",\n  spcoptions AS \"Options\""
                    + ",\n  pg_catalog.pg_size_pretty(pg_catalog.pg_tablespace_size(oid)) AS \"Size\""
                    + ",\n  pg_catalog.shobj_description(oid, 'pg_tablespace') AS \"Description\"");
        }
        sql.append("\nFROM pg_catalog.pg_tablespace\n");
        describe.pattern(sql, pattern, null, "spcname", null, null, 1);
        sql.append("ORDER BY 1;");
        describe.printList("List of tablespaces", sql.toString());
    }

    /** {@code \\dC[+] [PATTERN]}: casts whose source or target type matches. */
    public void casts(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT pg_catalog.format_type(castsource, NULL) AS "Source type",
                       pg_catalog.format_type(casttarget, NULL) AS "Target type",
                       CASE WHEN c.castmethod = 'b' THEN '(binary coercible)'
                            WHEN c.castmethod = 'i' THEN '(with inout)'
                            ELSE p.proname
                       END AS "Function",
                       CASE WHEN c.castcontext = 'e' THEN 'no'
                            WHEN c.castcontext = 'a' THEN 'in assignment'
                            ELSE 'yes'
                       END AS "Implicit?\"""");
        if (verbose) {
            sql.append(",\n       d.description AS \"Description\"");
        }
        sql.append("""

                FROM pg_catalog.pg_cast c LEFT JOIN pg_catalog.pg_proc p
                     ON c.castfunc = p.oid
                     LEFT JOIN pg_catalog.pg_type ts
                     ON c.castsource = ts.oid
                     LEFT JOIN pg_catalog.pg_namespace ns
                     ON ns.oid = ts.typnamespace
                     LEFT JOIN pg_catalog.pg_type tt
                     ON c.casttarget = tt.oid
                     LEFT JOIN pg_catalog.pg_namespace nt
                     ON nt.oid = tt.typnamespace
                """);
        if (verbose) {
            sql.append("     LEFT JOIN pg_catalog.pg_description d\n"
                    + "     ON d.classoid = c.tableoid AND d.objoid = c.oid AND d.objsubid = 0\n");
        }
        sql.append("WHERE ( (true");
        sql.whereWritten(true);
        describe.pattern(sql, pattern, "ns.nspname", "ts.typname", "pg_catalog.format_type(ts.oid, NULL)",
                "pg_catalog.pg_type_is_visible(ts.oid)", 3);
        sql.append(") OR (true");
        describe.pattern(sql, pattern, "nt.nspname", "tt.typname", "pg_catalog.format_type(tt.oid, NULL)",
                "pg_catalog.pg_type_is_visible(tt.oid)", 3);
        sql.append(") )\nORDER BY 1, 2;");
        describe.printList("List of casts", sql.toString());
    }

    /** {@code \\dD[S+] [PATTERN]}. */
    public void domains(String pattern, boolean verbose, boolean system) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT n.nspname as "Schema",
                       t.typname as "Name",
                       pg_catalog.format_type(t.typbasetype, t.typtypmod) as "Type",
                       (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type bt
                        WHERE c.oid = t.typcollation AND bt.oid = t.typbasetype AND t.typcollation <> bt.typcollation) as "Collation",
                       CASE WHEN t.typnotnull THEN 'not null' END as "Nullable",
                       t.typdefault as "Default",
                       pg_catalog.array_to_string(ARRAY(
                         SELECT pg_catalog.pg_get_constraintdef(r.oid, true) FROM pg_catalog.pg_constraint r WHERE t.oid = r.contypid
                       ), ' ') as "Check\"""");
        if (verbose) {
            sql.append(",\n  pg_catalog.array_to_string(t.typacl, E'\\n') AS \"Access privileges\""
                    + ",\n       d.description as \"Description\"");
        }
        sql.append("\nFROM pg_catalog.pg_type t\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n");
        if (verbose) {
            sql.append("     LEFT JOIN pg_catalog.pg_description d ON d.classoid = t.tableoid "
                    + "AND d.objoid = t.oid AND d.objsubid = 0\n");
        }
        sql.append("WHERE t.typtype = 'd'\n");
        if (!system && pattern == null) {
            sql.append(USER_SCHEMAS);
        }
        sql.whereWritten(true);
        describe.pattern(sql, pattern, "n.nspname", "t.typname", null, "pg_catalog.pg_type_is_visible(t.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of domains", sql.toString());
    }

    /** {@code \\ddp [PATTERN]}: the pattern matches the schema or the owner. */
    public void defaultPrivileges(String pattern) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT pg_catalog.pg_get_userbyid(d.defaclrole) AS "Owner",
                  n.nspname AS "Schema",
                  CASE d.defaclobjtype WHEN 'r' THEN 'table' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'function' \
                WHEN 'T' THEN 'type' WHEN 'n' THEN 'schema' END AS "Type",
                  pg_catalog.array_to_string(d.defaclacl, E'\\n') AS "Access privileges"
                FROM pg_catalog.pg_default_acl d
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
                """);
        describe.pattern(sql, pattern, null, "n.nspname", "pg_catalog.pg_get_userbyid(d.defaclrole)", null, 3);
        sql.append("ORDER BY 1, 2, 3;");
        describe.printList("Default access privileges", sql.toString());
    }

    /** {@code \\des[+] [PATTERN]}. */
    public void foreignServers(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT s.srvname AS \"Name\",\n"
                + "  pg_catalog.pg_get_userbyid(s.srvowner) AS \"Owner\",\n  f.fdwname AS \"Foreign-data wrapper\"");
        if (verbose) {
            sql.append(",\n  pg_catalog.array_to_string(s.srvacl, E'\\n') AS \"Access privileges\""
                    + ",\n  s.srvtype AS \"Type\",\n  s.srvversion AS \"Version\",\n  "
                    + OPTIONS.formatted("srvoptions", "srvoptions") + ",\n  d.description AS \"Description\"");
        }
        sql.append("\nFROM pg_catalog.pg_foreign_server s\n     JOIN pg_catalog.pg_foreign_data_wrapper f ON f.oid=s.srvfdw\n");
        if (verbose) {
            sql.append("LEFT JOIN pg_catalog.pg_description d\n"
                    + "       ON d.classoid = s.tableoid AND d.objoid = s.oid AND d.objsubid = 0\n");
        }
        describe.pattern(sql, pattern, null, "s.srvname", null, null, 1);
        sql.append("ORDER BY 1;");
        describe.printList("List of foreign servers", sql.toString());
    }

    /** {@code \\dew[+] [PATTERN]}. */
    public void foreignDataWrappers(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT fdw.fdwname AS \"Name\",\n"
                + "  pg_catalog.pg_get_userbyid(fdw.fdwowner) AS \"Owner\",\n"
                + "  fdw.fdwhandler::pg_catalog.regproc AS \"Handler\",\n"
                + "  fdw.fdwvalidator::pg_catalog.regproc AS \"Validator\"");
        if (verbose) {
            sql.append(",\n  pg_catalog.array_to_string(fdwacl, E'\\n') AS \"Access privileges\",\n "
                    + OPTIONS.formatted("fdwoptions", "fdwoptions") + ",\n  d.description AS \"Description\" ");
        }
        sql.append("\nFROM pg_catalog.pg_foreign_data_wrapper fdw\n");
        if (verbose) {
            sql.append("LEFT JOIN pg_catalog.pg_description d\n"
                    + "       ON d.classoid = fdw.tableoid AND d.objoid = fdw.oid AND d.objsubid = 0\n");
        }
        describe.pattern(sql, pattern, null, "fdwname", null, null, 1);
        sql.append("ORDER BY 1;");
        describe.printList("List of foreign-data wrappers", sql.toString());
    }

    /** {@code \\dL[S+] [PATTERN]}: without S or a pattern, only procedural languages. */
    public void languages(String pattern, boolean verbose, boolean system) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT l.lanname AS \"Name\",\n"
                + "       pg_catalog.pg_get_userbyid(l.lanowner) as \"Owner\",\n"
                + "       l.lanpltrusted AS \"Trusted\"");
        if (verbose) {
            sql.append(",\n       NOT l.lanispl AS \"Internal language\",\n"
                    + "       l.lanplcallfoid::pg_catalog.regprocedure AS \"Call handler\",\n"
                    + "       l.lanvalidator::pg_catalog.regprocedure AS \"Validator\",\n"
                    + "       l.laninline::pg_catalog.regprocedure AS \"Inline handler\",\n"
                    + "       pg_catalog.array_to_string(l.lanacl, E'\\n') AS \"Access privileges\"");
        }
        sql.append(",\n       d.description AS \"Description\"\nFROM pg_catalog.pg_language l\n"
                + "LEFT JOIN pg_catalog.pg_description d\n  ON d.classoid = l.tableoid AND d.objoid = l.oid\n"
                + "  AND d.objsubid = 0\n");
        if (pattern != null) {
            describe.pattern(sql, pattern, null, "l.lanname", null, null, 2);
        }
        if (!system && pattern == null) {
            sql.append("WHERE l.lanplcallfoid != 0\n");
        }
        sql.append("ORDER BY 1;");
        describe.printList("List of languages", sql.toString());
    }

    /** {@code \\dO[S+] [PATTERN]}: collations usable with the database's encoding. */
    public void collations(String pattern, boolean verbose, boolean system) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT n.nspname AS "Schema",
                       c.collname AS "Name",
                       c.collcollate AS "Collate",
                       c.collctype AS "Ctype",
                       c.colliculocale AS "ICU Locale",
                       CASE c.collprovider WHEN 'd' THEN 'default' WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Provider",
                       CASE WHEN c.collisdeterministic THEN 'yes' ELSE 'no' END AS "Deterministic?\"""");
        if (verbose) {
            sql.append(",\n       pg_catalog.obj_description(c.oid, 'pg_collation') AS \"Description\"");
        }
        sql.append("\nFROM pg_catalog.pg_collation c, pg_catalog.pg_namespace n\nWHERE n.oid = c.collnamespace\n");
        if (!system && pattern == null) {
            sql.append(USER_SCHEMAS);
        }
        sql.append("      AND c.collencoding IN (-1, pg_catalog.pg_char_to_encoding(pg_catalog.getdatabaseencoding()))\n");
        sql.whereWritten(true);
        describe.pattern(sql, pattern, "n.nspname", "c.collname", null, "pg_catalog.pg_collation_is_visible(c.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of collations", sql.toString());
    }

    /** {@code \\drds [ROLEPTRN [DBPTRN]]}: psql says when nothing matched, unless QUIET. */
    public void roleSettings(String role, String database) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT rolname AS "Role", datname AS "Database",
                pg_catalog.array_to_string(setconfig, E'\\n') AS "Settings"
                FROM pg_catalog.pg_db_role_setting s
                LEFT JOIN pg_catalog.pg_database d ON d.oid = setdatabase
                LEFT JOIN pg_catalog.pg_roles r ON r.oid = setrole
                """);
        describe.pattern(sql, role, null, "r.rolname", null, null, 1);
        describe.pattern(sql, database, null, "d.datname", null, null, 1);
        sql.append("ORDER BY 1, 2;");
        CatalogQuery.Result result = describe.run(sql.toString());
        if (result.size() == 0 && !describe.output().quiet()) {
            describe.output().error(role != null && database != null
                    ? "Did not find any settings for role \"" + role + "\" and database \"" + database + "\"."
                    : role != null ? "Did not find any settings for role \"" + role + "\"." : "Did not find any settings.");
            return;
        }
        describe.printResult("List of settings", result);
    }

    /** {@code \\dRp [PATTERN]}. */
    public void publications(String pattern) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT pubname AS "Name",
                  pg_catalog.pg_get_userbyid(pubowner) AS "Owner",
                  puballtables AS "All tables",
                  pubinsert AS "Inserts",
                  pubupdate AS "Updates",
                  pubdelete AS "Deletes",
                  pubtruncate AS "Truncates",
                  pubviaroot AS "Via root"
                FROM pg_catalog.pg_publication
                """);
        describe.pattern(sql, pattern, null, "pubname", null, null, 1);
        sql.append("ORDER BY 1;");
        describe.printList("List of publications", sql.toString());
    }

    /** {@code \\dRs[+] [PATTERN]}: the subscriptions of the current database. */
    public void subscriptions(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT subname AS \"Name\"\n"
                + ",  pg_catalog.pg_get_userbyid(subowner) AS \"Owner\"\n"
                + ",  subenabled AS \"Enabled\"\n,  subpublications AS \"Publication\"\n");
        if (verbose) {
            sql.append(", subbinary AS \"Binary\"\n, substream AS \"Streaming\"\n"
                    + ", subtwophasestate AS \"Two-phase commit\"\n, subdisableonerr AS \"Disable on error\"\n"
                    + ",  subsynccommit AS \"Synchronous commit\"\n,  subconninfo AS \"Conninfo\"\n"
                    + ", subskiplsn AS \"Skip LSN\"\n");
        }
        sql.append("FROM pg_catalog.pg_subscription\nWHERE subdbid = (SELECT oid\n"
                + "                 FROM pg_catalog.pg_database\n"
                + "                 WHERE datname = pg_catalog.current_database())");
        sql.whereWritten(true);
        describe.pattern(sql, pattern, null, "subname", null, null, 1);
        sql.append("ORDER BY 1;");
        describe.printList("List of subscriptions", sql.toString());
    }

    /** {@code \\dX [PATTERN]}. */
    public void extendedStatistics(String pattern) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT
                es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text AS "Schema",
                es.stxname AS "Name",
                pg_catalog.format('%s FROM %s',
                  pg_catalog.pg_get_statisticsobjdef_columns(es.oid),
                  es.stxrelid::pg_catalog.regclass) AS "Definition",
                CASE WHEN 'd' = any(es.stxkind) THEN 'defined'
                END AS "Ndistinct",
                CASE WHEN 'f' = any(es.stxkind) THEN 'defined'
                END AS "Dependencies",
                CASE WHEN 'm' = any(es.stxkind) THEN 'defined'
                END AS "MCV"
                FROM pg_catalog.pg_statistic_ext es
                """);
        describe.pattern(sql, pattern, "es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text", "es.stxname",
                null, "pg_catalog.pg_statistics_obj_is_visible(es.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of extended statistics", sql.toString());
    }

    /** {@code \\dy[+] [PATTERN]}. */
    public void eventTriggers(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT evtname as "Name", evtevent as "Event", pg_catalog.pg_get_userbyid(e.evtowner) as "Owner",
                 case evtenabled when 'O' then 'enabled'  when 'R' then 'replica'  when 'A' then 'always'  \
                when 'D' then 'disabled' end as "Enabled",
                 e.evtfoid::pg_catalog.regproc as "Function", pg_catalog.array_to_string(array(select x from \
                pg_catalog.unnest(evttags) as t(x)), ', ') as "Tags\"""");
        if (verbose) {
            sql.append(",\npg_catalog.obj_description(e.oid, 'pg_event_trigger') as \"Description\"");
        }
        sql.append("\nFROM pg_catalog.pg_event_trigger e ");
        describe.pattern(sql, pattern, null, "evtname", null, null, 1);
        sql.append("ORDER BY 1");
        describe.printList("List of event triggers", sql.toString());
    }
}
