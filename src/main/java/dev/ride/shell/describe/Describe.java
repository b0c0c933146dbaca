package dev.ride.shell.describe;

import dev.ride.shell.Messages;
import dev.ride.sql.NamePattern;
import dev.ride.shell.ShellOutput;
import dev.ride.shell.print.PrintOptions;
import dev.ride.shell.print.PrintTable;
import dev.ride.shell.print.TablePrinter;
import dev.ride.shell.print.TableRows;
import dev.ride.sql.SqlQuoting;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code \d} family, {@code \dn} and {@code \l}, built the way psql 15's describe.c builds
 * them: a catalog query (the same query psql 15 sends), then one generic table with a title,
 * headers and footers handed to the {@link TablePrinter}. Nothing here knows how to draw.
 * {@code \d NAME} lists the matching relations here and leaves each one's description to
 * {@link RelationDescription}.
 */
public final class Describe {

    private final DescribeCatalog catalog;
    private final ShellOutput output;
    private final PrintOptions options;
    private final String currentDatabase;

    /** psql's HIDE_TABLEAM and HIDE_TOAST_COMPRESSION: leave the access method and compression out of \\d+. */
    public record Hidden(boolean tableAm, boolean compression) {
        public static final Hidden NONE = new Hidden(false, false);
    }

    private Hidden hidden = Hidden.NONE;
    /** A LIKE pattern of the databases the host keeps for itself (a drill's templates); null: none. */
    private String internalDatabases;

    /**
     * {@code \\l} without a pattern leaves out the databases matching {@code likePattern} (ride's
     * own templates, which the learner never needs) and says so under the list; named, they show.
     */
    public Describe keepingOut(String likePattern) {
        this.internalDatabases = likePattern;
        return this;
    }

    /** What {@code \\d+} leaves out, from psql's variables. */
    public Describe hiding(Hidden what) {
        this.hidden = what;
        return this;
    }

    public Describe(CatalogQuery catalog, ShellOutput output, PrintOptions options, String currentDatabase) {
        // describe output shows NULL as empty whatever \pset null says (psql sets nullPrint = NULL)
        this.catalog = new DescribeCatalog(catalog, output);
        this.output = output;
        this.options = options.withNullPrint("").withTitle(null);
        this.currentDatabase = currentDatabase;
    }

    /** Thrown to end a describe command; its message has already been printed. */
    public static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    // ---- \d, \dt, \di, \dv, \dm, \ds, \dE -------------------------------------------------------

    /** psql's listTables; {@code kinds} holds the letters after \d (t, i, v, m, s, E). */
    public void listRelations(String kinds, String pattern, boolean verbose, boolean system) throws Failure {
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
        boolean accessMethod = (tables || matViews || indexes) && !hidden.tableAm();
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
        if (result.size() == 0 && !output.quiet()) {
            // psql's listTables says so, unlike the other lists, and still succeeds; QUIET prints the empty list
            output.error(pattern != null ? Messages.noRelationNamed(pattern) : Messages.NO_RELATIONS);
            return;
        }
        output.table(fromResult("List of relations", result, null), options);
    }

    // ---- \dn ----------------------------------------------------------------------------------

    public void listSchemas(String pattern, boolean verbose, boolean system) throws Failure {
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

    /** {@code \\du [PATTERN]}: psql 15's describeRoles; attributes are assembled here as psql does. */
    public void listRoles(String pattern) throws Failure {
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
    public void listExtensions(String pattern) throws Failure {
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

    public void listDatabases(String pattern, boolean verbose) throws Failure {
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
        long keptOut = 0;
        if (pattern == null && internalDatabases != null) {
            String like = "d.datname LIKE '" + internalDatabases.replace("'", "''") + "'";
            keptOut = Long.parseLong(query("SELECT count(*) FROM pg_catalog.pg_database d WHERE " + like + ";")
                    .rows().get(0)[0]);
            where.add("NOT " + like);
        }
        if (!where.isEmpty()) {
            sql.append("WHERE ").append(String.join("\n  AND ", where)).append('\n');
        }
        sql.append("ORDER BY 1;");
        CatalogQuery.Result result = query(sql.toString());
        List<String> footers = null;
        if (keptOut > 0 && options.footer()) {
            int n = result.rows().size();
            footers = List.of(n == 1 ? "(1 row)" : "(" + n + " rows)",
                    "(" + keptOut + " of ride's own template databases not shown: \\l ride_template* lists them)");
        }
        output.table(fromResult("List of databases", result, footers), options);
    }

    // ---- \d NAME ------------------------------------------------------------------------------

    /** psql's describeTableDetails: every relation matching the pattern, one table each. */
    public void describeRelations(String pattern, boolean verbose, boolean system) throws Failure {
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
            notFound(pattern != null ? Messages.noRelationNamed(pattern) : Messages.NO_RELATIONS);
        }
        for (String[] relation : found.rows()) {
            new RelationDescription(catalog, relation[0], relation[1], relation[2], verbose, hidden)
                    .print(output, options);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A describe query to write, for the current database's patterns. */
    CatalogSql newSql() {
        return new CatalogSql(currentDatabase);
    }

    /** {@link CatalogSql#pattern}, its complaint printed as psql's and ending the command. */
    void pattern(CatalogSql sql, String pattern, String schemaVar, String nameVar, String altNameVar,
                 String visibility, int maxParts) throws Failure {
        pattern(sql, pattern, false, schemaVar, nameVar, altNameVar, visibility, maxParts);
    }

    /** As above, with psql's force_escape (operator and type names). */
    void pattern(CatalogSql sql, String pattern, boolean forceEscape, String schemaVar, String nameVar,
                 String altNameVar, String visibility, int maxParts) throws Failure {
        try {
            sql.pattern(pattern, forceEscape, schemaVar, nameVar, altNameVar, visibility, maxParts);
        } catch (NamePattern.Invalid e) {
            fail(e.getMessage());
        }
    }

    /** Runs a describe query and prints its result under {@code title}, as psql's printQuery. */
    void printList(String title, String sql) throws Failure {
        output.table(fromResult(title, query(sql), null), options);
    }

    /** As {@link #printList}, without the "(N rows)" footer (psql's default_footer = false). */
    void printListWithoutFooter(String title, String sql) throws Failure {
        output.table(fromResult(title, query(sql), null), options.withFooter(false));
    }

    /** Prints a result under {@code title} with psql's footers instead of "(N rows)" (none: null). */
    void printResult(String title, CatalogQuery.Result result, List<String> footers) {
        output.table(fromResult(title, result, footers), options);
    }

    /** Prints a result already fetched under {@code title}. */
    void printResult(String title, CatalogQuery.Result result) {
        output.table(fromResult(title, result, null), options);
    }

    /** As {@link #run}; a refusal is printed as psql's minimal_error_message (its first line). */
    CatalogQuery.Result runBriefError(String sql) throws Failure {
        return catalog.queryBriefError(sql);
    }

    CatalogQuery.Result run(String sql) throws Failure {
        return query(sql);
    }

    /** psql's "Did not find any ...": said unless QUIET, and the command fails either way. */
    void notFound(String message) throws Failure {
        if (output.quiet()) {
            throw new Failure(message);
        }
        fail(message);
    }

    void complain(String message) throws Failure {
        fail(message);
    }

    ShellOutput output() {
        return output;
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
        return catalog.query(sql);
    }

    private void fail(String message) throws Failure {
        catalog.fail(message);
    }
}
