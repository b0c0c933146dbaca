package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The footers only a table (or materialized view, foreign or partitioned table) has in
 * {@code \d NAME}: partition bounds, check constraints, indexes, foreign keys both ways,
 * row-level security policies, extended statistics and publications, in psql 15's order.
 */
public final class TableFooters extends RelationFacts {

    private final RelationFooters owner;
    private final List<String> footers;

    TableFooters(RelationFooters owner) {
        super(owner);
        this.owner = owner;
        this.footers = owner.lines();
    }

    /** Adds this table's footers to its owner's list. */
    void add() throws Failure {
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

    private void section(String title, CatalogQuery.Result result, Function<String[], String> line) {
        owner.section(title, result, line);
    }

    private String tablespaceName(String spaceOid) throws Failure {
        return owner.tablespaceName(spaceOid);
    }
}
