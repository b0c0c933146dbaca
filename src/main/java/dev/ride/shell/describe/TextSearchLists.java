package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;

/**
 * {@code \dF}, {@code \dFd}, {@code \dFp}, {@code \dFt}: psql 15's listTSConfigs, listTSDictionaries,
 * listTSParsers and listTSTemplates. {@code \dF+} and {@code \dFp+} describe each matching
 * configuration or parser in its own tables, as psql's describeOneTSConfig and describeOneTSParser.
 */
public final class TextSearchLists {

    private final Describe describe;

    public TextSearchLists(Describe describe) {
        this.describe = describe;
    }

    /** {@code \\dF[+] [PATTERN]}. */
    public void configurations(String pattern, boolean verbose) throws Failure {
        if (verbose) {
            configurationDetails(pattern);
            return;
        }
        CatalogSql sql = describe.newSql().append("""
                SELECT
                   n.nspname as "Schema",
                   c.cfgname as "Name",
                   pg_catalog.obj_description(c.oid, 'pg_ts_config') as "Description"
                FROM pg_catalog.pg_ts_config c
                LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
                """);
        describe.pattern(sql, pattern, "n.nspname", "c.cfgname", null, "pg_catalog.pg_ts_config_is_visible(c.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of text search configurations", sql.toString());
    }

    private void configurationDetails(String pattern) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT c.oid, c.cfgname,
                   n.nspname,
                   p.prsname,
                   np.nspname as pnspname
                FROM pg_catalog.pg_ts_config c
                   LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace,
                 pg_catalog.pg_ts_parser p
                   LEFT JOIN pg_catalog.pg_namespace np ON np.oid = p.prsnamespace
                WHERE  p.oid = c.cfgparser
                """);
        sql.whereWritten(true);
        describe.pattern(sql, pattern, "n.nspname", "c.cfgname", null, "pg_catalog.pg_ts_config_is_visible(c.oid)", 3);
        sql.append("ORDER BY 3, 2;");
        CatalogQuery.Result found = describe.run(sql.toString());
        if (found.size() == 0) {
            describe.notFound(pattern != null ? "Did not find any text search configuration named \"" + pattern + "\"."
                    : "Did not find any text search configurations.");
        }
        for (String[] config : found.rows()) {
            String title = "Text search configuration \"" + qualified(config[2], config[1]) + "\"\nParser: \""
                    + qualified(config[4], config[3]) + "\"";
            describe.printListWithoutFooter(title, """
                    SELECT
                      ( SELECT t.alias FROM
                        pg_catalog.ts_token_type(c.cfgparser) AS t
                        WHERE t.tokid = m.maptokentype ) AS "Token",
                      pg_catalog.btrim(
                        ARRAY( SELECT mm.mapdict::pg_catalog.regdictionary
                               FROM pg_catalog.pg_ts_config_map AS mm
                               WHERE mm.mapcfg = m.mapcfg AND mm.maptokentype = m.maptokentype
                               ORDER BY mapcfg, maptokentype, mapseqno
                        ) :: pg_catalog.text,
                      '{}') AS "Dictionaries"
                    FROM pg_catalog.pg_ts_config AS c, pg_catalog.pg_ts_config_map AS m
                    WHERE c.oid = '%s' AND m.mapcfg = c.oid
                    GROUP BY m.mapcfg, m.maptokentype, c.cfgparser
                    ORDER BY 1;""".formatted(config[0]));
        }
    }

    /** {@code \\dFd[+] [PATTERN]}. */
    public void dictionaries(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT\n  n.nspname as \"Schema\",\n  d.dictname as \"Name\",\n");
        if (verbose) {
            sql.append("""
                      ( SELECT COALESCE(nt.nspname, '(null)')::pg_catalog.text || '.' || t.tmplname FROM
                        pg_catalog.pg_ts_template t
                        LEFT JOIN pg_catalog.pg_namespace nt ON nt.oid = t.tmplnamespace
                        WHERE d.dicttemplate = t.oid ) AS  "Template",
                      d.dictinitoption as "Init options",
                    """);
        }
        sql.append("  pg_catalog.obj_description(d.oid, 'pg_ts_dict') as \"Description\"\n"
                + "FROM pg_catalog.pg_ts_dict d\nLEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace\n");
        describe.pattern(sql, pattern, "n.nspname", "d.dictname", null, "pg_catalog.pg_ts_dict_is_visible(d.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of text search dictionaries", sql.toString());
    }

    /** {@code \\dFp[+] [PATTERN]}. */
    public void parsers(String pattern, boolean verbose) throws Failure {
        if (verbose) {
            parserDetails(pattern);
            return;
        }
        CatalogSql sql = describe.newSql().append("""
                SELECT
                  n.nspname as "Schema",
                  p.prsname as "Name",
                  pg_catalog.obj_description(p.oid, 'pg_ts_parser') as "Description"
                FROM pg_catalog.pg_ts_parser p
                LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
                """);
        describe.pattern(sql, pattern, "n.nspname", "p.prsname", null, "pg_catalog.pg_ts_parser_is_visible(p.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of text search parsers", sql.toString());
    }

    private void parserDetails(String pattern) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT p.oid,
                  n.nspname,
                  p.prsname
                FROM pg_catalog.pg_ts_parser p
                LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
                """);
        describe.pattern(sql, pattern, "n.nspname", "p.prsname", null, "pg_catalog.pg_ts_parser_is_visible(p.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        CatalogQuery.Result found = describe.run(sql.toString());
        if (found.size() == 0) {
            describe.notFound(pattern != null ? "Did not find any text search parser named \"" + pattern + "\"."
                    : "Did not find any text search parsers.");
        }
        for (String[] parser : found.rows()) {
            String oid = parser[0];
            String name = qualified(parser[1], parser[2]);
            StringBuilder methods = new StringBuilder();
            String[][] steps = {{"Start parse", "prsstart"}, {"Get next token", "prstoken"}, {"End parse", "prsend"},
                {"Get headline", "prsheadline"}, {"Get token types", "prslextype"}};
            for (int i = 0; i < steps.length; i++) {
                String column = "p." + steps[i][1];
                if (i == 0) {
                    methods.append("SELECT '").append(steps[i][0]).append("' AS \"Method\",\n   ").append(column)
                            .append("::pg_catalog.regproc AS \"Function\",\n   pg_catalog.obj_description(")
                            .append(column).append(", 'pg_proc') as \"Description\"\n");
                } else {
                    methods.append("UNION ALL\nSELECT '").append(steps[i][0]).append("',\n   ").append(column)
                            .append("::pg_catalog.regproc,\n   pg_catalog.obj_description(").append(column)
                            .append(", 'pg_proc')\n");
                }
                methods.append(" FROM pg_catalog.pg_ts_parser p\n WHERE p.oid = '").append(oid).append('\'')
                        .append(i == steps.length - 1 ? ";" : "\n");
            }
            describe.printListWithoutFooter("Text search parser \"" + name + "\"", methods.toString());
            describe.printList("Token types for parser \"" + name + "\"",
                    "SELECT t.alias as \"Token name\",\n  t.description as \"Description\"\n"
                            + "FROM pg_catalog.ts_token_type( '" + oid + "'::pg_catalog.oid ) as t\nORDER BY 1;");
        }
    }

    /** {@code \\dFt[+] [PATTERN]}. */
    public void templates(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT\n  n.nspname AS \"Schema\",\n  t.tmplname AS \"Name\",\n");
        if (verbose) {
            sql.append("  t.tmplinit::pg_catalog.regproc AS \"Init\",\n  t.tmpllexize::pg_catalog.regproc AS \"Lexize\",\n");
        }
        sql.append("  pg_catalog.obj_description(t.oid, 'pg_ts_template') AS \"Description\"\n"
                + "FROM pg_catalog.pg_ts_template t\nLEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace\n");
        describe.pattern(sql, pattern, "n.nspname", "t.tmplname", null, "pg_catalog.pg_ts_template_is_visible(t.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of text search templates", sql.toString());
    }

    private static String qualified(String schema, String name) {
        return schema != null ? schema + "." + name : name;
    }
}
