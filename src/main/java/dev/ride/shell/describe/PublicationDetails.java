package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code \dRp+ [PATTERN]}: psql 15's describePublications. One table per publication (its owner
 * and what it publishes), with its tables (column lists and row filters) and its schemas as
 * footers; a publication of all tables, or of nothing yet, has the row count instead.
 */
public final class PublicationDetails {

    private static final List<String> HEADERS = List.of("Owner", "All tables", "Inserts", "Updates", "Deletes",
            "Truncates", "Via root");

    private final Describe describe;

    public PublicationDetails(Describe describe) {
        this.describe = describe;
    }

    public void describe(String pattern) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT oid, pubname,\n"
                + "  pg_catalog.pg_get_userbyid(pubowner) AS owner,\n"
                + "  puballtables, pubinsert, pubupdate, pubdelete, pubtruncate, pubviaroot\n"
                + "FROM pg_catalog.pg_publication\n");
        describe.pattern(sql, pattern, null, "pubname", null, null, 1);
        sql.append("ORDER BY 2;");
        CatalogQuery.Result publications = describe.run(sql.toString());
        if (publications.size() == 0) {
            describe.notFound(pattern != null ? "Did not find any publication named \"" + pattern + "\"."
                    : "Did not find any publications.");
        }
        for (String[] publication : publications.rows()) {
            String[] cells = new String[HEADERS.size()];
            System.arraycopy(publication, 2, cells, 0, cells.length);
            List<String> footers = new ArrayList<>();
            if (!"t".equals(publication[3])) {
                tables(publication[0], footers);
                schemas(publication[0], footers);
            }
            describe.printResult("Publication " + publication[1],
                    new CatalogQuery.Result(HEADERS, new boolean[HEADERS.size()], List.<String[]>of(cells)),
                    footers.isEmpty() ? null : footers);
        }
    }

    private void tables(String oid, List<String> footers) throws Failure {
        CatalogQuery.Result tables = describe.run("SELECT n.nspname, c.relname, pg_get_expr(pr.prqual, c.oid), "
                + "(CASE WHEN pr.prattrs IS NOT NULL THEN\n"
                + "     pg_catalog.array_to_string(      ARRAY(SELECT attname\n"
                + "              FROM\n"
                + "                pg_catalog.generate_series(0, pg_catalog.array_upper(pr.prattrs::pg_catalog.int2[], 1)) s,\n"
                + "                pg_catalog.pg_attribute\n"
                + "        WHERE attrelid = c.oid AND attnum = prattrs[s]), ', ')\n"
                + "       ELSE NULL END)\n"
                + "FROM pg_catalog.pg_class c,\n"
                + "     pg_catalog.pg_namespace n,\n"
                + "     pg_catalog.pg_publication_rel pr\n"
                + "WHERE c.relnamespace = n.oid\n"
                + "  AND c.oid = pr.prrelid\n"
                + "  AND pr.prpubid = '" + oid + "'\n"
                + "ORDER BY 1,2");
        if (tables.size() > 0) {
            footers.add("Tables:");
        }
        for (String[] table : tables.rows()) {
            StringBuilder line = new StringBuilder("    \"").append(table[0]).append('.').append(table[1]).append('"');
            if (table[3] != null) {
                line.append(" (").append(table[3]).append(')');
            }
            if (table[2] != null) {
                line.append(" WHERE ").append(table[2]);
            }
            footers.add(line.toString());
        }
    }

    private void schemas(String oid, List<String> footers) throws Failure {
        CatalogQuery.Result schemas = describe.run("SELECT n.nspname\n"
                + "FROM pg_catalog.pg_namespace n\n"
                + "     JOIN pg_catalog.pg_publication_namespace pn ON n.oid = pn.pnnspid\n"
                + "WHERE pn.pnpubid = '" + oid + "'\n"
                + "ORDER BY 1");
        if (schemas.size() > 0) {
            footers.add("Tables from schemas:");
        }
        for (String[] schema : schemas.rows()) {
            footers.add("    \"" + schema[0] + "\"");
        }
    }
}
