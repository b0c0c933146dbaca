package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;

/**
 * {@code \det[+]} and {@code \deu[+]}: psql 15's listForeignTables and listUserMappings, the
 * foreign tables (with their options and comment under {@code +}) and the user mappings (with
 * their options under {@code +}).
 */
public final class ForeignTableLists {

    private final Describe describe;

    public ForeignTableLists(Describe describe) {
        this.describe = describe;
    }

    /** {@code \\det[+] [PATTERN]}. */
    public void foreignTables(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT n.nspname AS \"Schema\",\n"
                + "  c.relname AS \"Table\",\n  s.srvname AS \"Server\"");
        if (verbose) {
            sql.append(",\n " + ServerObjectLists.OPTIONS.formatted("ftoptions", "ftoptions")
                    + ",\n  d.description AS \"Description\"");
        }
        sql.append("\nFROM pg_catalog.pg_foreign_table ft\n"
                + "  INNER JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid\n"
                + "  INNER JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
                + "  INNER JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver\n");
        if (verbose) {
            sql.append("   LEFT JOIN pg_catalog.pg_description d\n"
                    + "          ON d.classoid = c.tableoid AND d.objoid = c.oid AND d.objsubid = 0\n");
        }
        describe.pattern(sql, pattern, "n.nspname", "c.relname", null, "pg_catalog.pg_table_is_visible(c.oid)", 3);
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of foreign tables", sql.toString());
    }

    /** {@code \\deu[+] [PATTERN]}: the pattern matches the server's name or the user's. */
    public void userMappings(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT um.srvname AS \"Server\",\n  um.usename AS \"User name\"");
        if (verbose) {
            sql.append(",\n " + ServerObjectLists.OPTIONS.formatted("umoptions", "umoptions"));
        }
        sql.append("\nFROM pg_catalog.pg_user_mappings um\n");
        describe.pattern(sql, pattern, null, "um.srvname", "um.usename", null, 1);
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of user mappings", sql.toString());
    }
}
