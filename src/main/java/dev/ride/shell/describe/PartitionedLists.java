package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;

/**
 * {@code \dP[tin+] [PATTERN]}: psql 15's listPartitionedTables. {@code t} lists partitioned
 * tables, {@code i} partitioned indexes (both when neither is given), {@code n} nested
 * partitions too; a pattern also shows the parent, as psql does.
 */
public final class PartitionedLists {

    private final Describe describe;

    public PartitionedLists(Describe describe) {
        this.describe = describe;
    }

    public void list(String kinds, String pattern, boolean verbose) throws Failure {
        boolean tables = kinds.indexOf('t') >= 0;
        boolean indexes = kinds.indexOf('i') >= 0;
        boolean nested = kinds.indexOf('n') >= 0;
        if (!tables && !indexes) {
            tables = indexes = true;
        }
        boolean mixed = tables && indexes;
        String title = mixed ? "List of partitioned relations"
                : indexes ? "List of partitioned indexes" : "List of partitioned tables";
        boolean parent = nested || pattern != null;
        CatalogSql sql = describe.newSql().append("SELECT n.nspname as \"Schema\",\n  c.relname as \"Name\",\n"
                + "  pg_catalog.pg_get_userbyid(c.relowner) as \"Owner\"");
        if (mixed) {
            sql.append(",\n  CASE c.relkind WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END"
                    + " as \"Type\"");
        }
        if (parent) {
            sql.append(",\n  inh.inhparent::pg_catalog.regclass as \"Parent name\"");
        }
        if (indexes) {
            sql.append(",\n c2.oid::pg_catalog.regclass as \"Table\"");
        }
        if (verbose) {
            if (nested) {
                sql.append(",\n  s.dps as \"Leaf partition size\"");
            }
            sql.append(",\n  s.tps as \"Total size\"")
                    .append(",\n  pg_catalog.obj_description(c.oid, 'pg_class') as \"Description\"");
        }
        sql.append("\nFROM pg_catalog.pg_class c\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace");
        if (indexes) {
            sql.append("\n     LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid"
                    + "\n     LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid");
        }
        if (parent) {
            sql.append("\n     LEFT JOIN pg_catalog.pg_inherits inh ON c.oid = inh.inhrelid");
        }
        if (verbose) {
            sql.append("""
                    ,
                         LATERAL (SELECT pg_catalog.pg_size_pretty(sum(
                                     CASE WHEN ppt.isleaf AND ppt.level = 1
                                          THEN pg_catalog.pg_table_size(ppt.relid) ELSE 0 END)) AS dps,
                                         pg_catalog.pg_size_pretty(sum(pg_catalog.pg_table_size(ppt.relid))) AS tps
                                  FROM pg_catalog.pg_partition_tree(c.oid) ppt) s""");
        }
        sql.append("\nWHERE c.relkind IN (").append(tables ? "'p'," : "").append(indexes ? "'I'," : "")
                .append("'')").append(parent ? "\n" : "\n AND NOT c.relispartition\n");
        if (pattern == null) {
            sql.append("      AND n.nspname <> 'pg_catalog'\n      AND n.nspname !~ '^pg_toast'\n"
                    + "      AND n.nspname <> 'information_schema'\n");
        }
        sql.whereWritten(true);
        describe.pattern(sql, pattern, "n.nspname", "c.relname", null, "pg_catalog.pg_table_is_visible(c.oid)", 3);
        sql.append("ORDER BY \"Schema\", ").append(mixed ? "\"Type\" DESC, " : "")
                .append(parent ? "\"Parent name\" NULLS FIRST, " : "").append("\"Name\";");
        describe.printList(title, sql.toString());
    }
}
