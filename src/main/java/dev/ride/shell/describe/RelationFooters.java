package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The lines under a relation's columns in {@code \d NAME}, in psql 15's order: an index's own
 * line, a table's ({@link TableFooters}), a view's definition and rules, triggers, then parents,
 * children, typed table, replica identity, tablespace, access method and options.
 */
public final class RelationFooters extends RelationFacts {

    private final List<String> footers = new ArrayList<>();

    RelationFooters(RelationFacts relation) {
        super(relation);
    }

    /** Every footer of this relation, or null when there are none. */
    List<String> list() throws Failure {
        if (kind == 'i' || kind == 'I') {
            indexFooter();
        } else if ("rmfpt".indexOf(kind) >= 0) {
            new TableFooters(this).add();
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
        return footers.isEmpty() ? null : footers;
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
        if (verbose && accessMethod != null && !hidden.tableAm()) {
            footers.add("Access method: " + accessMethod);
        }
    }

    /** "Label: first," then the others aligned under it, as psql lists parents and children. */
    private void listFooter(String label, List<String[]> rows, Function<String[], String> text) {
        for (int i = 0; i < rows.size(); i++) {
            String line = (i == 0 ? label + ": " : " ".repeat(label.length()) + "  ") + text.apply(rows.get(i));
            if (i < rows.size() - 1) {
                line += ",";
            }
            footers.add(line);
        }
    }

    void section(String title, CatalogQuery.Result result,
                         Function<String[], String> line) {
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

    String tablespaceName(String spaceOid) throws Failure {
        CatalogQuery.Result result = query("SELECT spcname FROM pg_catalog.pg_tablespace\nWHERE oid = '"
                + spaceOid + "';");
        return result.size() > 0 ? result.value(0, 0) : spaceOid;
    }

    /** The list {@link TableFooters} adds to. */
    List<String> lines() {
        return footers;
    }
}
