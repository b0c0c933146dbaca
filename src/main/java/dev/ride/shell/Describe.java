package dev.ride.shell;

import dev.ride.sql.NamePattern;
import dev.ride.sql.SqlQuoting;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code \d} family, {@code \dn} and {@code \l}, built the way psql 15's describe.c builds
 * them: a catalog query (the same query psql 15 sends), then one generic table with a title,
 * headers and footers handed to the {@link TablePrinter}. Nothing here knows how to draw.
 */
final class Describe {

    private final CatalogQuery catalog;
    private final ShellOutput output;
    private final PrintOptions options;
    private final String currentDatabase;

    Describe(CatalogQuery catalog, ShellOutput output, PrintOptions options, String currentDatabase) {
        // describe output shows NULL as empty whatever \pset null says (psql sets nullPrint = NULL)
        this.catalog = catalog;
        this.output = output;
        this.options = options.withNullPrint("").withTitle(null);
        this.currentDatabase = currentDatabase;
    }

    /** Thrown to end a describe command; its message has already been printed. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    // ---- \d, \dt, \di, \dv, \dm, \ds, \dE -------------------------------------------------------

    /** psql's listTables; {@code kinds} holds the letters after \d (t, i, v, m, s, E). */
    void listRelations(String kinds, String pattern, boolean verbose, boolean system) throws Failure {
        boolean tables = kinds.indexOf('t') >= 0;
        boolean indexes = kinds.indexOf('i') >= 0;
        boolean views = kinds.indexOf('v') >= 0;
        boolean matViews = kinds.indexOf('m') >= 0;
        boolean sequences = kinds.indexOf('s') >= 0;
        boolean foreign = kinds.indexOf('E') >= 0;
        if (!(tables || indexes || views || matViews || sequences || foreign)) {
            tables = views = matViews = sequences = foreign = true;
        }
        StringBuilder sql = new StringBuilder("""
                SELECT n.nspname as "Schema",
                  c.relname as "Name",
                  CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' \
                WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' WHEN 'f' THEN 'foreign table' \
                WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as "Type",
                  pg_catalog.pg_get_userbyid(c.relowner) as "Owner\"""");
        boolean accessMethod = tables || matViews || indexes;
        if (indexes) {
            sql.append(",\n  c2.relname as \"Table\"");
        }
        if (verbose) {
            sql.append(",\n  CASE c.relpersistence WHEN 'p' THEN 'permanent' WHEN 't' THEN 'temporary' "
                    + "WHEN 'u' THEN 'unlogged' END as \"Persistence\"");
            if (accessMethod) {
                sql.append(",\n  am.amname as \"Access method\"");
            }
            sql.append(",\n  pg_catalog.pg_size_pretty(pg_catalog.pg_table_size(c.oid)) as \"Size\"")
                    .append(",\n  pg_catalog.obj_description(c.oid, 'pg_class') as \"Description\"");
        }
        sql.append("\nFROM pg_catalog.pg_class c\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace");
        if (accessMethod) {
            sql.append("\n     LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam");
        }
        if (indexes) {
            sql.append("\n     LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid")
                    .append("\n     LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid");
        }
        StringBuilder kindList = new StringBuilder();
        if (tables) {
            kindList.append("'r','p',");
            if (system || pattern != null) {
                kindList.append("'t',");
            }
        }
        if (views) {
            kindList.append("'v',");
        }
        if (matViews) {
            kindList.append("'m',");
        }
        if (indexes) {
            kindList.append("'i','I',");
        }
        if (sequences) {
            kindList.append("'S',");
        }
        if (system || pattern != null) {
            kindList.append("'s',");
        }
        if (foreign) {
            kindList.append("'f',");
        }
        List<String> where = new ArrayList<>();
        where.add("c.relkind IN (" + kindList + "'')");
        if (!system && pattern == null) {
            where.add("n.nspname <> 'pg_catalog'");
            where.add("n.nspname !~ '^pg_toast'");
            where.add("n.nspname <> 'information_schema'");
        }
        addPattern(where, pattern, "n.nspname", "c.relname", "pg_catalog.pg_table_is_visible(c.oid)", 3);
        sql.append("\nWHERE ").append(String.join("\n  AND ", where)).append("\nORDER BY 1,2;");
        CatalogQuery.Result result = query(sql.toString());
        if (result.size() == 0) {
            fail(pattern != null ? Messages.noRelationNamed(pattern) : Messages.NO_RELATIONS);
        }
        output.table(fromResult("List of relations", result, null), options);
    }

    // ---- \dn ----------------------------------------------------------------------------------

    void listSchemas(String pattern, boolean verbose, boolean system) throws Failure {
        StringBuilder sql = new StringBuilder("SELECT n.nspname AS \"Name\",\n"
                + "  pg_catalog.pg_get_userbyid(n.nspowner) AS \"Owner\"");
        if (verbose) {
            sql.append(",\n  pg_catalog.array_to_string(n.nspacl, E'\\n') AS \"Access privileges\"")
                    .append(",\n  pg_catalog.obj_description(n.oid, 'pg_namespace') AS \"Description\"");
        }
        sql.append("\nFROM pg_catalog.pg_namespace n\n");
        List<String> where = new ArrayList<>();
        if (!system && pattern == null) {
            where.add("n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'");
        }
        addPattern(where, pattern, null, "n.nspname", null, 2);
        if (!where.isEmpty()) {
            sql.append("WHERE ").append(String.join("\n  AND ", where)).append('\n');
        }
        sql.append("ORDER BY 1;");
        CatalogQuery.Result result = query(sql.toString());
        List<String> footers = null;
        if (pattern != null) {
            CatalogQuery.Result publications = query("SELECT pubname \nFROM pg_catalog.pg_publication p\n"
                    + "     JOIN pg_catalog.pg_publication_namespace pn ON p.oid = pn.pnpubid\n"
                    + "     JOIN pg_catalog.pg_namespace n ON n.oid = pn.pnnspid \n"
                    + "WHERE n.nspname = " + SqlQuoting.literal(pattern) + "\nORDER BY 1");
            if (publications.size() > 0) {
                footers = new ArrayList<>();
                footers.add("Publications:");
                for (String[] row : publications.rows()) {
                    footers.add("    \"" + row[0] + "\"");
                }
            }
        }
        output.table(fromResult("List of schemas", result, footers), options);
    }

    /** {@code \\df[S] [PATTERN]}: psql 15's describeFunctions, without the verbose columns. */
    void listFunctions(String pattern, boolean system) throws Failure {
        StringBuilder sql = new StringBuilder("SELECT n.nspname as \"Schema\",\n"
                + "  p.proname as \"Name\",\n"
                + "  pg_catalog.pg_get_function_result(p.oid) as \"Result data type\",\n"
                + "  pg_catalog.pg_get_function_arguments(p.oid) as \"Argument data types\",\n"
                + " CASE p.prokind\n  WHEN 'a' THEN 'agg'\n  WHEN 'w' THEN 'window'\n  WHEN 'p' THEN 'proc'\n"
                + "  ELSE 'func'\n END as \"Type\"\n"
                + "FROM pg_catalog.pg_proc p\n"
                + "     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace\n");
        List<String> where = new ArrayList<>();
        if (!system && pattern == null) {
            where.add("n.nspname <> 'pg_catalog'");
            where.add("n.nspname <> 'information_schema'");
        }
        addPattern(where, pattern, "n.nspname", "p.proname", "pg_catalog.pg_function_is_visible(p.oid)", 3);
        if (!where.isEmpty()) {
            sql.append("WHERE ").append(String.join("\n  AND ", where)).append('\n');
        }
        sql.append("ORDER BY 1, 2, 4;");
        output.table(fromResult("List of functions", query(sql.toString()), null), options);
    }

    /** {@code \\du [PATTERN]}: psql 15's describeRoles; attributes are assembled here as psql does. */
    void listRoles(String pattern) throws Failure {
        StringBuilder sql = new StringBuilder("SELECT r.rolname, r.rolsuper, r.rolinherit,\n"
                + "  r.rolcreaterole, r.rolcreatedb, r.rolcanlogin,\n  r.rolconnlimit, r.rolvaliduntil,\n"
                + "  ARRAY(SELECT b.rolname\n        FROM pg_catalog.pg_auth_members m\n"
                + "        JOIN pg_catalog.pg_roles b ON (m.roleid = b.oid)\n"
                + "        WHERE m.member = r.oid) as memberof\n, r.rolreplication\n, r.rolbypassrls\n"
                + "FROM pg_catalog.pg_roles r\n");
        List<String> where = new ArrayList<>();
        if (pattern == null) {
            where.add("r.rolname !~ '^pg_'");
        }
        addPattern(where, pattern, null, "r.rolname", null, 1);
        if (!where.isEmpty()) {
            sql.append("WHERE ").append(String.join("\n  AND ", where)).append('\n');
        }
        sql.append("ORDER BY 1;");
        List<String[]> rows = new ArrayList<>();
        for (String[] role : query(sql.toString()).rows()) {
            List<String> flags = new ArrayList<>();
            if ("t".equals(role[1])) {
                flags.add("Superuser");
            }
            if (!"t".equals(role[2])) {
                flags.add("No inheritance");
            }
            if ("t".equals(role[3])) {
                flags.add("Create role");
            }
            if ("t".equals(role[4])) {
                flags.add("Create DB");
            }
            if (!"t".equals(role[5])) {
                flags.add("Cannot login");
            }
            if ("t".equals(role[9])) {
                flags.add("Replication");
            }
            if ("t".equals(role[10])) {
                flags.add("Bypass RLS");
            }
            StringBuilder attributes = new StringBuilder(String.join(", ", flags));
            int connections = Integer.parseInt(role[6]);
            if (connections >= 0) {
                if (attributes.length() > 0) {
                    attributes.append('\n');
                }
                attributes.append(connections == 0 ? "No connections"
                        : connections == 1 ? "1 connection" : connections + " connections");
            }
            if (role[7] != null && !role[7].isEmpty()) {
                if (attributes.length() > 0) {
                    attributes.append('\n');
                }
                attributes.append("Password valid until ").append(role[7]);
            }
            rows.add(new String[] {role[0], attributes.toString(), role[8]});
        }
        output.table(new PrintTable("List of roles", List.of("Role name", "Attributes", "Member of"),
                new boolean[3], TableRows.of(rows), null), options.withFooter(false));
    }

    /** {@code \\dx [PATTERN]}: psql 15's listExtensions. */
    void listExtensions(String pattern) throws Failure {
        StringBuilder sql = new StringBuilder("SELECT e.extname AS \"Name\", e.extversion AS \"Version\", "
                + "n.nspname AS \"Schema\", c.description AS \"Description\"\n"
                + "FROM pg_catalog.pg_extension e "
                + "LEFT JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace "
                + "LEFT JOIN pg_catalog.pg_description c ON c.objoid = e.oid "
                + "AND c.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass\n");
        List<String> where = new ArrayList<>();
        addPattern(where, pattern, null, "e.extname", null, 1);
        if (!where.isEmpty()) {
            sql.append("WHERE ").append(String.join("\n  AND ", where)).append('\n');
        }
        sql.append("ORDER BY 1;");
        output.table(fromResult("List of installed extensions", query(sql.toString()), null), options);
    }

    // ---- \l -----------------------------------------------------------------------------------

    void listDatabases(String pattern, boolean verbose) throws Failure {
        StringBuilder sql = new StringBuilder("""
                SELECT d.datname as "Name",
                       pg_catalog.pg_get_userbyid(d.datdba) as "Owner",
                       pg_catalog.pg_encoding_to_char(d.encoding) as "Encoding",
                       d.datcollate as "Collate",
                       d.datctype as "Ctype",
                       d.daticulocale as "ICU Locale",
                       CASE d.datlocprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Locale Provider",
                       pg_catalog.array_to_string(d.datacl, E'\\n') AS "Access privileges\"""");
        if (verbose) {
            sql.append("""
                    ,
                           CASE WHEN pg_catalog.has_database_privilege(d.datname, 'CONNECT')
                                THEN pg_catalog.pg_size_pretty(pg_catalog.pg_database_size(d.datname))
                                ELSE 'No Access'
                           END as "Size",
                           t.spcname as "Tablespace",
                           pg_catalog.shobj_description(d.oid, 'pg_database') as "Description\"""");
        }
        sql.append("\nFROM pg_catalog.pg_database d\n");
        if (verbose) {
            sql.append("  JOIN pg_catalog.pg_tablespace t on d.dattablespace = t.oid\n");
        }
        List<String> where = new ArrayList<>();
        addPattern(where, pattern, null, "d.datname", null, 1);
        if (!where.isEmpty()) {
            sql.append("WHERE ").append(String.join("\n  AND ", where)).append('\n');
        }
        sql.append("ORDER BY 1;");
        output.table(fromResult("List of databases", query(sql.toString()), null), options);
    }

    // ---- \d NAME ------------------------------------------------------------------------------

    /** psql's describeTableDetails: every relation matching the pattern, one table each. */
    void describeRelations(String pattern, boolean verbose, boolean system) throws Failure {
        StringBuilder sql = new StringBuilder("SELECT c.oid,\n  n.nspname,\n  c.relname\n"
                + "FROM pg_catalog.pg_class c\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n");
        List<String> where = new ArrayList<>();
        if (!system && pattern == null) {
            where.add("n.nspname <> 'pg_catalog'");
            where.add("n.nspname <> 'information_schema'");
        }
        addPattern(where, pattern, "n.nspname", "c.relname", "pg_catalog.pg_table_is_visible(c.oid)", 3);
        if (!where.isEmpty()) {
            sql.append("WHERE ").append(String.join("\n  AND ", where)).append('\n');
        }
        sql.append("ORDER BY 2, 3;");
        CatalogQuery.Result found = query(sql.toString());
        if (found.size() == 0) {
            fail(pattern != null ? Messages.noRelationNamed(pattern) : Messages.NO_RELATIONS);
        }
        for (String[] relation : found.rows()) {
            new RelationDescription(relation[0], relation[1], relation[2], verbose).print();
        }
    }

    /** psql's describeOneTableDetails for one relation. */
    private final class RelationDescription {
        private final String oid;
        private final String schema;
        private final String name;
        private final boolean verbose;
        private final List<String> footers = new ArrayList<>();

        private int checks;
        private char kind;
        private boolean hasIndex;
        private boolean hasRules;
        private boolean hasTriggers;
        private boolean rowSecurity;
        private boolean forceRowSecurity;
        private boolean isPartition;
        private String relOptions;
        private String tablespace;
        private String ofType;
        private char persistence;
        private char replicaIdentity;
        private String accessMethod;

        RelationDescription(String oid, String schema, String name, boolean verbose) {
            this.oid = oid;
            this.schema = schema;
            this.name = name;
            this.verbose = verbose;
        }

        void print() throws Failure {
            loadTableInfo();
            if (kind == 'S') {
                printSequence();
                return;
            }
            boolean index = kind == 'i' || kind == 'I';
            boolean details = "rpvmfc".indexOf(kind) >= 0;
            CatalogQuery.Result columns = query(columnsQuery(index, details));

            List<String> headers = new ArrayList<>(List.of("Column", "Type"));
            if (details) {
                headers.addAll(List.of("Collation", "Nullable", "Default"));
            }
            if (index) {
                headers.addAll(List.of("Key?", "Definition"));
            }
            boolean compression = verbose && "rpm".indexOf(kind) >= 0;
            boolean statsTarget = verbose && "riImfp".indexOf(kind) >= 0;
            boolean description = verbose && "rvmfcp".indexOf(kind) >= 0;
            if (verbose) {
                headers.add("Storage");
                if (compression) {
                    headers.add("Compression");
                }
                if (statsTarget) {
                    headers.add("Stats target");
                }
                if (description) {
                    headers.add("Description");
                }
            }
            List<String[]> rows = new ArrayList<>();
            for (String[] col : columns.rows()) {
                List<String> cells = new ArrayList<>(headers.size());
                cells.add(col[0]);
                cells.add(col[1]);
                int next = 2;
                if (details) {
                    String defaultExpr = col[2];
                    cells.add(col[4] == null ? "" : col[4]);
                    cells.add("t".equals(col[3]) ? "not null" : "");
                    String identity = col[5];
                    String generated = col[6];
                    if ("a".equals(identity)) {
                        cells.add("generated always as identity");
                    } else if ("d".equals(identity)) {
                        cells.add("generated by default as identity");
                    } else if ("s".equals(generated)) {
                        cells.add("generated always as (" + defaultExpr + ") stored");
                    } else {
                        cells.add(defaultExpr == null ? "" : defaultExpr);
                    }
                    next = 7;
                } else if (index) {
                    cells.add(col[2]);
                    cells.add(col[3]);
                    next = 4;
                }
                if (verbose) {
                    cells.add(storageName(col[next++]));
                    if (compression) {
                        String method = col[next++];
                        cells.add("p".equals(method) ? "pglz" : "l".equals(method) ? "lz4" : "");
                    }
                    if (statsTarget) {
                        String target = col[next++];
                        cells.add(target == null ? "" : target);
                    }
                    if (description) {
                        String text = col[next];
                        cells.add(text == null ? "" : text);
                    }
                }
                rows.add(cells.toArray(new String[0]));
            }

            if (index) {
                indexFooter();
            } else if ("rmfpt".indexOf(kind) >= 0) {
                tableFooters();
            }
            if ((kind == 'v' || kind == 'm') && verbose) {
                viewFooters();
            }
            if (hasTriggers) {
                triggersFooters();
            }
            if ("rmfpIt".indexOf(kind) >= 0) {
                finalTableFooters();
            }
            if (verbose && relOptions != null && !relOptions.isEmpty()) {
                footers.add("Options: " + relOptions);
            }

            PrintTable table = new PrintTable(title(), headers, new boolean[headers.size()], TableRows.of(rows),
                    footers.isEmpty() ? null : footers);
            // psql never shows a table description expanded: it "looks confusing"
            output.table(table, options.withFooter(false).withExpanded(PrintOptions.Expanded.OFF));
        }

        private void loadTableInfo() throws Failure {
            String optionsColumn = verbose
                    ? "pg_catalog.array_to_string(c.reloptions || array(select 'toast.' || x from "
                    + "pg_catalog.unnest(tc.reloptions) x), ', ')\n"
                    : "''";
            CatalogQuery.Result info = query("SELECT c.relchecks, c.relkind, c.relhasindex, c.relhasrules, "
                    + "c.relhastriggers, c.relrowsecurity, c.relforcerowsecurity, false AS relhasoids, "
                    + "c.relispartition, " + optionsColumn + ", c.reltablespace, "
                    + "CASE WHEN c.reloftype = 0 THEN '' ELSE c.reloftype::pg_catalog.regtype::pg_catalog.text END, "
                    + "c.relpersistence, c.relreplident, am.amname\n"
                    + "FROM pg_catalog.pg_class c\n LEFT JOIN pg_catalog.pg_class tc ON (c.reltoastrelid = tc.oid)\n"
                    + "LEFT JOIN pg_catalog.pg_am am ON (c.relam = am.oid)\n"
                    + "WHERE c.oid = '" + oid + "';");
            if (info.size() == 0) {
                fail(Messages.noRelationWithOid(oid));
            }
            checks = Integer.parseInt(info.value(0, 0));
            kind = info.value(0, 1).charAt(0);
            hasIndex = info.isTrue(0, 2);
            hasRules = info.isTrue(0, 3);
            hasTriggers = info.isTrue(0, 4);
            rowSecurity = info.isTrue(0, 5);
            forceRowSecurity = info.isTrue(0, 6);
            isPartition = info.isTrue(0, 8);
            relOptions = info.value(0, 9);
            tablespace = info.value(0, 10);
            ofType = info.value(0, 11);
            persistence = info.value(0, 12).charAt(0);
            replicaIdentity = info.value(0, 13).charAt(0);
            accessMethod = info.value(0, 14);
        }

        private String columnsQuery(boolean index, boolean details) {
            StringBuilder sql = new StringBuilder("SELECT a.attname,\n  pg_catalog.format_type(a.atttypid, a.atttypmod)");
            if (details) {
                sql.append(",\n  (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true)\n"
                        + "   FROM pg_catalog.pg_attrdef d\n"
                        + "   WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef),\n"
                        + "  a.attnotnull,\n"
                        + "  (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t\n"
                        + "   WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation)"
                        + " AS attcollation,\n"
                        + "  a.attidentity,\n"
                        + "  a.attgenerated");
            }
            if (index) {
                sql.append(",\n  CASE WHEN a.attnum <= (SELECT i.indnkeyatts FROM pg_catalog.pg_index i "
                        + "WHERE i.indexrelid = '").append(oid).append("') THEN 'yes' ELSE 'no' END AS is_key,\n"
                        + "  pg_catalog.pg_get_indexdef(a.attrelid, a.attnum, TRUE) AS indexdef");
            }
            if (verbose) {
                sql.append(",\n  a.attstorage");
                if ("rpm".indexOf(kind) >= 0) {
                    sql.append(",\n  a.attcompression AS attcompression");
                }
                if ("riImfp".indexOf(kind) >= 0) {
                    sql.append(",\n  CASE WHEN a.attstattarget=-1 THEN NULL ELSE a.attstattarget END AS attstattarget");
                }
                if ("rvmfcp".indexOf(kind) >= 0) {
                    sql.append(",\n  pg_catalog.col_description(a.attrelid, a.attnum)");
                }
            }
            sql.append("\nFROM pg_catalog.pg_attribute a\nWHERE a.attrelid = '").append(oid)
                    .append("' AND a.attnum > 0 AND NOT a.attisdropped\nORDER BY a.attnum;");
            return sql.toString();
        }

        private String title() {
            String qualified = "\"" + schema + "." + name + "\"";
            boolean unlogged = persistence == 'u';
            return switch (kind) {
                case 'r' -> (unlogged ? "Unlogged table " : "Table ") + qualified;
                case 'v' -> "View " + qualified;
                case 'm' -> (unlogged ? "Unlogged materialized view " : "Materialized view ") + qualified;
                case 'i' -> (unlogged ? "Unlogged index " : "Index ") + qualified;
                case 'I' -> (unlogged ? "Unlogged partitioned index " : "Partitioned index ") + qualified;
                case 't' -> "TOAST table " + qualified;
                case 'c' -> "Composite type " + qualified;
                case 'f' -> "Foreign table " + qualified;
                case 'p' -> (unlogged ? "Unlogged partitioned table " : "Partitioned table ") + qualified;
                default -> "?" + kind + "? " + qualified;
            };
        }

        private void printSequence() throws Failure {
            CatalogQuery.Result sequence = query("""
                    SELECT pg_catalog.format_type(seqtypid, NULL) AS "Type",
                           seqstart AS "Start",
                           seqmin AS "Minimum",
                           seqmax AS "Maximum",
                           seqincrement AS "Increment",
                           CASE WHEN seqcycle THEN 'yes' ELSE 'no' END AS "Cycles?",
                           seqcache AS "Cache"
                    FROM pg_catalog.pg_sequence
                    WHERE seqrelid = '%s';""".formatted(oid));
            CatalogQuery.Result owner = query("""
                    SELECT pg_catalog.quote_ident(nspname) || '.' ||
                       pg_catalog.quote_ident(relname) || '.' ||
                       pg_catalog.quote_ident(attname),
                       d.deptype
                    FROM pg_catalog.pg_class c
                    INNER JOIN pg_catalog.pg_depend d ON c.oid=d.refobjid
                    INNER JOIN pg_catalog.pg_namespace n ON n.oid=c.relnamespace
                    INNER JOIN pg_catalog.pg_attribute a ON (
                     a.attrelid=c.oid AND
                     a.attnum=d.refobjsubid)
                    WHERE d.classid='pg_catalog.pg_class'::pg_catalog.regclass
                     AND d.refclassid='pg_catalog.pg_class'::pg_catalog.regclass
                     AND d.objid='%s'
                     AND d.deptype IN ('a', 'i')""".formatted(oid));
            if (owner.size() == 1) {
                String column = owner.value(0, 0);
                footers.add("a".equals(owner.value(0, 1)) ? "Owned by: " + column
                        : "Sequence for identity column: " + column);
            }
            String title = (persistence == 'u' ? "Unlogged sequence " : "Sequence ")
                    + "\"" + schema + "." + name + "\"";
            output.table(new PrintTable(title, sequence.columns(), sequence.rightAligned(),
                    TableRows.of(sequence.rows()), footers.isEmpty() ? null : footers), options.withFooter(false));
        }

        private void indexFooter() throws Failure {
            CatalogQuery.Result info = query("SELECT i.indisunique, i.indisprimary, i.indisclustered, i.indisvalid,\n"
                    + "  (NOT i.indimmediate) AND EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = "
                    + "i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x') AND condeferrable) "
                    + "AS condeferrable,\n"
                    + "  (NOT i.indimmediate) AND EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = "
                    + "i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x') AND condeferred) "
                    + "AS condeferred,\n"
                    + "i.indisreplident,\ni.indnullsnotdistinct,\n"
                    + "  a.amname, c2.relname, pg_catalog.pg_get_expr(i.indpred, i.indrelid, true)\n"
                    + "FROM pg_catalog.pg_index i, pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_am a\n"
                    + "WHERE i.indexrelid = c.oid AND c.oid = '" + oid + "' AND c.relam = a.oid\n"
                    + "AND i.indrelid = c2.oid;");
            if (info.size() != 1) {
                return;
            }
            StringBuilder text = new StringBuilder();
            if (info.isTrue(0, 1)) {
                text.append("primary key, ");
            } else if (info.isTrue(0, 0)) {
                text.append("unique");
                if (info.isTrue(0, 7)) {
                    text.append(" nulls not distinct");
                }
                text.append(", ");
            }
            text.append(info.value(0, 8)).append(", ");
            text.append("for table \"").append(schema).append('.').append(info.value(0, 9)).append('"');
            String predicate = info.value(0, 10);
            if (predicate != null && !predicate.isEmpty()) {
                text.append(", predicate (").append(predicate).append(')');
            }
            if (info.isTrue(0, 2)) {
                text.append(", clustered");
            }
            if (!info.isTrue(0, 3)) {
                text.append(", invalid");
            }
            if (info.isTrue(0, 4)) {
                text.append(", deferrable");
            }
            if (info.isTrue(0, 5)) {
                text.append(", initially deferred");
            }
            if (info.isTrue(0, 6)) {
                text.append(", replica identity");
            }
            footers.add(text.toString());
            if (kind == 'i') {
                tablespaceFooter(true);
            }
        }

        private void tableFooters() throws Failure {
            if (isPartition) {
                CatalogQuery.Result parent = query("SELECT inhparent::pg_catalog.regclass,\n"
                        + "  pg_catalog.pg_get_expr(c.relpartbound, c.oid),\n  inhdetachpending"
                        + (verbose ? ",\n  pg_catalog.pg_get_partition_constraintdef(c.oid)" : "")
                        + "\nFROM pg_catalog.pg_class c JOIN pg_catalog.pg_inherits i ON c.oid = inhrelid\n"
                        + "WHERE c.oid = '" + oid + "';");
                if (parent.size() > 0) {
                    footers.add("Partition of: " + parent.value(0, 0) + " " + parent.value(0, 1)
                            + (parent.isTrue(0, 2) ? " DETACH PENDING" : ""));
                    if (verbose) {
                        String constraint = parent.value(0, 3);
                        footers.add(constraint == null || constraint.isEmpty() ? "No partition constraint"
                                : "Partition constraint: " + constraint);
                    }
                }
            }
            if (kind == 'p') {
                CatalogQuery.Result key = query("SELECT pg_catalog.pg_get_partkeydef('" + oid + "'::pg_catalog.oid);");
                if (key.size() > 0) {
                    footers.add("Partition key: " + key.value(0, 0));
                }
            }
            if (kind == 't') {
                CatalogQuery.Result owning = query("SELECT n.nspname, c.relname\nFROM pg_catalog.pg_class c"
                        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
                        + "WHERE reltoastrelid = '" + oid + "';");
                if (owning.size() > 0) {
                    footers.add("Owning table: \"" + owning.value(0, 0) + "." + owning.value(0, 1) + "\"");
                }
            }
            if (hasIndex) {
                indexesFooters();
            }
            if (checks > 0) {
                CatalogQuery.Result result = query("SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true)\n"
                        + "FROM pg_catalog.pg_constraint r\nWHERE r.conrelid = '" + oid + "' AND r.contype = 'c'\n"
                        + "ORDER BY 1;");
                section("Check constraints:", result, row -> "    \"" + row[0] + "\" " + row[1]);
            }
            if (hasTriggers || kind == 'p') {
                foreignKeyFooters();
            }
            policyFooters();
            statisticsFooters();
            publicationFooters();
        }

        private void indexesFooters() throws Failure {
            CatalogQuery.Result result = query("SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, "
                    + "i.indisvalid, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true),\n"
                    + "  pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred, "
                    + "i.indisreplident, c2.reltablespace\n"
                    + "FROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i\n"
                    + "  LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid "
                    + "AND contype IN ('p','u','x'))\n"
                    + "WHERE c.oid = '" + oid + "' AND c.oid = i.indrelid AND i.indexrelid = c2.oid\n"
                    + "ORDER BY i.indisprimary DESC, c2.relname;");
            if (result.size() == 0) {
                return;
            }
            footers.add("Indexes:");
            for (int i = 0; i < result.size(); i++) {
                StringBuilder line = new StringBuilder("    \"").append(result.value(i, 0)).append('"');
                if ("x".equals(result.value(i, 7))) {
                    line.append(' ').append(result.value(i, 6));
                } else {
                    if (result.isTrue(i, 1)) {
                        line.append(" PRIMARY KEY,");
                    } else if (result.isTrue(i, 2)) {
                        line.append("u".equals(result.value(i, 7)) ? " UNIQUE CONSTRAINT," : " UNIQUE,");
                    }
                    String definition = result.value(i, 5);
                    int using = definition.indexOf(" USING ");
                    line.append(' ').append(using >= 0 ? definition.substring(using + 7) : definition);
                    if (result.isTrue(i, 8)) {
                        line.append(" DEFERRABLE");
                    }
                    if (result.isTrue(i, 9)) {
                        line.append(" INITIALLY DEFERRED");
                    }
                }
                if (result.isTrue(i, 3)) {
                    line.append(" CLUSTER");
                }
                if (!result.isTrue(i, 4)) {
                    line.append(" INVALID");
                }
                if (result.isTrue(i, 10)) {
                    line.append(" REPLICA IDENTITY");
                }
                String indexTablespace = result.value(i, 11);
                if (indexTablespace != null && !indexTablespace.equals("0")) {
                    line.append(", tablespace \"").append(tablespaceName(indexTablespace)).append('"');
                }
                footers.add(line.toString());
            }
        }

        private void foreignKeyFooters() throws Failure {
            String ownKeys = isPartition || kind == 'p'
                    ? "SELECT conrelid = '" + oid + "'::pg_catalog.regclass AS sametable,\n"
                    + "       conname,\n"
                    + "       pg_catalog.pg_get_constraintdef(oid, true) AS condef,\n"
                    + "       conrelid::pg_catalog.regclass AS ontable\n"
                    + "  FROM pg_catalog.pg_constraint,\n"
                    + "       pg_catalog.pg_partition_ancestors('" + oid + "')\n"
                    + " WHERE conrelid = relid AND contype = 'f' AND conparentid = 0\n"
                    + "ORDER BY sametable DESC, conname;"
                    : "SELECT true as sametable, conname,\n"
                    + "  pg_catalog.pg_get_constraintdef(r.oid, true) as condef,\n"
                    + "  conrelid::pg_catalog.regclass AS ontable\n"
                    + "FROM pg_catalog.pg_constraint r\n"
                    + "WHERE r.conrelid = '" + oid + "' AND r.contype = 'f'\n"
                    + "     AND conparentid = 0\nORDER BY conname";
            section("Foreign-key constraints:", query(ownKeys), row -> "t".equals(row[0])
                    ? "    \"" + row[1] + "\" " + row[2]
                    : "    TABLE \"" + row[3] + "\" CONSTRAINT \"" + row[1] + "\" " + row[2]);
            CatalogQuery.Result referencing = query("SELECT conname, conrelid::pg_catalog.regclass AS ontable,\n"
                    + "       pg_catalog.pg_get_constraintdef(oid, true) AS condef\n"
                    + "  FROM pg_catalog.pg_constraint c\n"
                    + " WHERE confrelid IN (SELECT pg_catalog.pg_partition_ancestors('" + oid + "')\n"
                    + "                     UNION ALL VALUES ('" + oid + "'::pg_catalog.regclass))\n"
                    + "       AND contype = 'f' AND conparentid = 0\nORDER BY conname;");
            section("Referenced by:", referencing,
                    row -> "    TABLE \"" + row[1] + "\" CONSTRAINT \"" + row[0] + "\" " + row[2]);
        }

        private void policyFooters() throws Failure {
            CatalogQuery.Result result = query("""
                    SELECT pol.polname, pol.polpermissive,
                      CASE WHEN pol.polroles = '{0}' THEN NULL ELSE pg_catalog.array_to_string(array(select rolname \
                    from pg_catalog.pg_roles where oid = any (pol.polroles) order by 1),',') END,
                      pg_catalog.pg_get_expr(pol.polqual, pol.polrelid),
                      pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid),
                      CASE pol.polcmd
                        WHEN 'r' THEN 'SELECT'
                        WHEN 'a' THEN 'INSERT'
                        WHEN 'w' THEN 'UPDATE'
                        WHEN 'd' THEN 'DELETE'
                        END AS cmd
                    FROM pg_catalog.pg_policy pol
                    WHERE pol.polrelid = '%s' ORDER BY 1;""".formatted(oid));
            int count = result.size();
            if (rowSecurity && !forceRowSecurity && count > 0) {
                footers.add("Policies:");
            } else if (rowSecurity && forceRowSecurity && count > 0) {
                footers.add("Policies (forced row security enabled):");
            } else if (rowSecurity && !forceRowSecurity) {
                footers.add("Policies (row security enabled): (none)");
            } else if (rowSecurity) {
                footers.add("Policies (forced row security enabled): (none)");
            } else if (count > 0) {
                footers.add("Policies (row security disabled):");
            }
            for (String[] row : result.rows()) {
                StringBuilder line = new StringBuilder("    POLICY \"").append(row[0]).append('"');
                if ("f".equals(row[1])) {
                    line.append(" AS RESTRICTIVE");
                }
                if (row[5] != null) {
                    line.append(" FOR ").append(row[5]);
                }
                if (row[2] != null) {
                    line.append("\n      TO ").append(row[2]);
                }
                if (row[3] != null) {
                    line.append("\n      USING (").append(row[3]).append(')');
                }
                if (row[4] != null) {
                    line.append("\n      WITH CHECK (").append(row[4]).append(')');
                }
                footers.add(line.toString());
            }
        }

        private void statisticsFooters() throws Failure {
            CatalogQuery.Result result = query("""
                    SELECT oid, stxrelid::pg_catalog.regclass, stxnamespace::pg_catalog.regnamespace::pg_catalog.text \
                    AS nsp, stxname,
                    pg_catalog.pg_get_statisticsobjdef_columns(oid) AS columns,
                      'd' = any(stxkind) AS ndist_enabled,
                      'f' = any(stxkind) AS deps_enabled,
                      'm' = any(stxkind) AS mcv_enabled,
                    stxstattarget
                    FROM pg_catalog.pg_statistic_ext
                    WHERE stxrelid = '%s'
                    ORDER BY nsp, stxname;""".formatted(oid));
            section("Statistics objects:", result, row -> {
                StringBuilder line = new StringBuilder("    \"").append(row[2]).append('.').append(row[3]).append('"');
                boolean ndistinct = "t".equals(row[5]);
                boolean dependencies = "t".equals(row[6]);
                boolean mcv = "t".equals(row[7]);
                if ((ndistinct || dependencies || mcv) && !(ndistinct && dependencies && mcv)) {
                    List<String> kinds = new ArrayList<>();
                    if (ndistinct) {
                        kinds.add("ndistinct");
                    }
                    if (dependencies) {
                        kinds.add("dependencies");
                    }
                    if (mcv) {
                        kinds.add("mcv");
                    }
                    line.append(" (").append(String.join(", ", kinds)).append(')');
                }
                line.append(" ON ").append(row[4]).append(" FROM ").append(row[1]);
                if (row[8] != null && !row[8].equals("-1")) {
                    line.append("; STATISTICS ").append(row[8]);
                }
                return line.toString();
            });
        }

        private void publicationFooters() throws Failure {
            CatalogQuery.Result result = query("""
                    SELECT pubname
                         , NULL
                         , NULL
                    FROM pg_catalog.pg_publication p
                         JOIN pg_catalog.pg_publication_namespace pn ON p.oid = pn.pnpubid
                         JOIN pg_catalog.pg_class pc ON pc.relnamespace = pn.pnnspid
                    WHERE pc.oid ='%1$s' and pg_catalog.pg_relation_is_publishable('%1$s')
                    UNION
                    SELECT pubname
                         , pg_get_expr(pr.prqual, c.oid)
                         , (CASE WHEN pr.prattrs IS NOT NULL THEN
                             (SELECT string_agg(attname, ', ')
                               FROM pg_catalog.generate_series(0, pg_catalog.array_upper(pr.prattrs::pg_catalog.int2[], 1)) s,
                                    pg_catalog.pg_attribute
                              WHERE attrelid = pr.prrelid AND attnum = prattrs[s])
                            ELSE NULL END) FROM pg_catalog.pg_publication p
                         JOIN pg_catalog.pg_publication_rel pr ON p.oid = pr.prpubid
                         JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid
                    WHERE pr.prrelid = '%1$s'
                    UNION
                    SELECT pubname
                         , NULL
                         , NULL
                    FROM pg_catalog.pg_publication p
                    WHERE p.puballtables AND pg_catalog.pg_relation_is_publishable('%1$s')
                    ORDER BY 1;""".formatted(oid));
            section("Publications:", result, row -> "    \"" + row[0] + "\""
                    + (row[2] != null ? " (" + row[2] + ")" : "")
                    + (row[1] != null ? " WHERE " + row[1] : ""));
        }

        private void viewFooters() throws Failure {
            CatalogQuery.Result definition = query("SELECT pg_catalog.pg_get_viewdef('" + oid
                    + "'::pg_catalog.oid, true);");
            if (definition.size() > 0) {
                footers.add("View definition:");
                footers.add(definition.value(0, 0));
            }
            if (!hasRules) {
                return;
            }
            CatalogQuery.Result rules = query("SELECT r.rulename, trim(trailing ';' from "
                    + "pg_catalog.pg_get_ruledef(r.oid, true))\nFROM pg_catalog.pg_rewrite r\n"
                    + "WHERE r.ev_class = '" + oid + "' AND r.rulename != '_RETURN' ORDER BY 1;");
            if (rules.size() > 0) {
                footers.add("Rules:");
                for (String[] row : rules.rows()) {
                    String rule = row[1];
                    footers.add(" " + (rule.startsWith("CREATE RULE ") ? rule.substring(12) : rule));
                }
            }
        }

        private void triggersFooters() throws Failure {
            CatalogQuery.Result result = query("""
                    SELECT t.tgname, pg_catalog.pg_get_triggerdef(t.oid, true), t.tgenabled, t.tgisinternal,
                      CASE WHEN t.tgparentid != 0 THEN
                        (SELECT u.tgrelid::pg_catalog.regclass
                         FROM pg_catalog.pg_trigger AS u,
                              pg_catalog.pg_partition_ancestors(t.tgrelid) WITH ORDINALITY AS a(relid, depth)
                         WHERE u.tgname = t.tgname AND u.tgrelid = a.relid
                               AND u.tgparentid = 0
                         ORDER BY a.depth LIMIT 1)
                      END AS parent
                    FROM pg_catalog.pg_trigger t
                    WHERE t.tgrelid = '%s' AND (NOT t.tgisinternal OR (t.tgisinternal AND t.tgenabled = 'D'))
                    ORDER BY 1;""".formatted(oid));
            String[] titles = {"Triggers:", "Disabled user triggers:", "Disabled internal triggers:",
                "Triggers firing always:", "Triggers firing on replica only:"};
            for (int category = 0; category < titles.length; category++) {
                boolean first = true;
                for (String[] row : result.rows()) {
                    char enabled = row[2].charAt(0);
                    boolean internal = "t".equals(row[3]);
                    boolean listed = switch (category) {
                        case 0 -> enabled == 'O' || enabled == 'o';
                        case 1 -> (enabled == 'D' || enabled == 'd') && !internal;
                        case 2 -> (enabled == 'D' || enabled == 'd') && internal;
                        case 3 -> enabled == 'A' || enabled == 'a';
                        default -> enabled == 'R' || enabled == 'r';
                    };
                    if (!listed) {
                        continue;
                    }
                    if (first) {
                        footers.add(titles[category]);
                        first = false;
                    }
                    String definition = row[1];
                    int at = definition.indexOf(" TRIGGER ");
                    String line = "    " + (at >= 0 ? definition.substring(at + 9) : definition);
                    if (row[4] != null) {
                        line += ", ON TABLE " + row[4];
                    }
                    footers.add(line);
                }
            }
        }

        /** Parents, children, typed table, replica identity, tablespace, access method. */
        private void finalTableFooters() throws Failure {
            CatalogQuery.Result parents = query("SELECT c.oid::pg_catalog.regclass\n"
                    + "FROM pg_catalog.pg_class c, pg_catalog.pg_inherits i\n"
                    + "WHERE c.oid = i.inhparent AND i.inhrelid = '" + oid + "'\n"
                    + "  AND c.relkind != 'p' AND c.relkind != 'I'\nORDER BY inhseqno;");
            listFooter("Inherits", parents.rows(), row -> row[0]);
            CatalogQuery.Result children = query("SELECT c.oid::pg_catalog.regclass, c.relkind, inhdetachpending, "
                    + "pg_catalog.pg_get_expr(c.relpartbound, c.oid)\n"
                    + "FROM pg_catalog.pg_class c, pg_catalog.pg_inherits i\n"
                    + "WHERE c.oid = i.inhrelid AND i.inhparent = '" + oid + "'\n"
                    + "ORDER BY pg_catalog.pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT', "
                    + "c.oid::pg_catalog.regclass::pg_catalog.text;");
            int count = children.size();
            if (kind == 'p' && count == 0) {
                footers.add("Number of partitions: 0");
            } else if (!verbose) {
                if (count > 0) {
                    footers.add(kind != 'p'
                            ? "Number of child tables: " + count + " (Use \\d+ to list them.)"
                            : "Number of partitions: " + count + " (Use \\d+ to list them.)");
                }
            } else {
                listFooter(kind != 'p' ? "Child tables" : "Partitions", children.rows(), row -> {
                    String text = row[0];
                    if (row[3] != null) {
                        text += " " + row[3];
                    }
                    char childKind = row[1].charAt(0);
                    if (childKind == 'p' || childKind == 'I') {
                        text += ", PARTITIONED";
                    } else if (childKind == 'f') {
                        text += ", FOREIGN";
                    }
                    if ("t".equals(row[2])) {
                        text += " (DETACH PENDING)";
                    }
                    return text;
                });
            }
            if (ofType != null && !ofType.isEmpty()) {
                footers.add("Typed table of type: " + ofType);
            }
            if (verbose && (kind == 'r' || kind == 'm') && replicaIdentity != 'i'
                    && ((!schema.equals("pg_catalog") && replicaIdentity != 'd')
                    || (schema.equals("pg_catalog") && replicaIdentity != 'n'))) {
                footers.add("Replica Identity: " + switch (replicaIdentity) {
                    case 'f' -> "FULL";
                    case 'n' -> "NOTHING";
                    case 'd' -> "DEFAULT";
                    default -> "???";
                });
            }
            tablespaceFooter(true);
            if (verbose && accessMethod != null) {
                footers.add("Access method: " + accessMethod);
            }
        }

        /** "Label: first," then the others aligned under it, as psql lists parents and children. */
        private void listFooter(String label, List<String[]> rows, java.util.function.Function<String[], String> text) {
            for (int i = 0; i < rows.size(); i++) {
                String line = (i == 0 ? label + ": " : " ".repeat(label.length()) + "  ") + text.apply(rows.get(i));
                if (i < rows.size() - 1) {
                    line += ",";
                }
                footers.add(line);
            }
        }

        private void section(String title, CatalogQuery.Result result,
                             java.util.function.Function<String[], String> line) {
            if (result.size() == 0) {
                return;
            }
            footers.add(title);
            for (String[] row : result.rows()) {
                footers.add(line.apply(row));
            }
        }

        /** psql's add_tablespace_footer: only a non-default tablespace is shown. */
        private void tablespaceFooter(boolean newline) throws Failure {
            if (!"rmipIt".contains(String.valueOf(kind)) || tablespace == null || tablespace.equals("0")) {
                return;
            }
            String spaceName = tablespaceName(tablespace);
            if (newline) {
                footers.add("Tablespace: \"" + spaceName + "\"");
            } else if (!footers.isEmpty()) {
                int last = footers.size() - 1;
                footers.set(last, footers.get(last) + ", tablespace \"" + spaceName + "\"");
            }
        }

        private String tablespaceName(String spaceOid) throws Failure {
            CatalogQuery.Result result = query("SELECT spcname FROM pg_catalog.pg_tablespace\nWHERE oid = '"
                    + spaceOid + "';");
            return result.size() > 0 ? result.value(0, 0) : spaceOid;
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static String storageName(String code) {
        return switch (code == null ? "" : code) {
            case "p" -> "plain";
            case "m" -> "main";
            case "x" -> "extended";
            case "e" -> "external";
            default -> "???";
        };
    }

    private PrintTable fromResult(String title, CatalogQuery.Result result, List<String> footers) {
        return new PrintTable(title, result.columns(), result.rightAligned(), TableRows.of(result.rows()), footers);
    }

    private void addPattern(List<String> where, String pattern, String schemaColumn, String nameColumn,
                            String visibility, int maxParts) throws Failure {
        try {
            NamePattern.appendConditions(where, pattern, schemaColumn, nameColumn, visibility, maxParts,
                    currentDatabase);
        } catch (NamePattern.Invalid e) {
            fail(e.getMessage());
        }
    }

    private CatalogQuery.Result query(String sql) throws Failure {
        try {
            return catalog.run(sql);
        } catch (CatalogQuery.Failed e) {
            output.server(e.getMessage());
            throw new Failure(e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private void fail(String message) throws Failure {
        output.error(message);
        throw new Failure(message);
    }
}
