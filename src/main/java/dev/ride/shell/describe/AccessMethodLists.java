package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;

/**
 * {@code \dA}, {@code \dAc}, {@code \dAf}, {@code \dAo}, {@code \dAp}: psql 15's
 * describeAccessMethods, listOperatorClasses, listOperatorFamilies, listOpFamilyOperators and
 * listOpFamilyFunctions, with the same queries (as psql -E shows them) and titles.
 */
public final class AccessMethodLists {

    private static final String TYPE_VISIBLE = "pg_catalog.pg_type_is_visible(t.oid)";
    private static final String TYPE_ALT_NAME = "pg_catalog.format_type(t.oid, NULL)";

    private final Describe describe;

    public AccessMethodLists(Describe describe) {
        this.describe = describe;
    }

    /** {@code \\dA[+] [PATTERN]}. */
    public void accessMethods(String pattern, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT amname AS "Name",
                  CASE amtype WHEN 'i' THEN 'Index' WHEN 't' THEN 'Table' END AS "Type\"""");
        if (verbose) {
            sql.append("""
                    ,
                      amhandler AS "Handler",
                      pg_catalog.obj_description(oid, 'pg_am') AS "Description\"""");
        }
        sql.append("\nFROM pg_catalog.pg_am\n");
        describe.pattern(sql, pattern, null, "amname", null, null, 1);
        sql.append("ORDER BY 1;");
        describe.printList("List of access methods", sql.toString());
    }

    /** {@code \\dAc[+] [AMPTRN [TYPEPTRN]]}. */
    public void operatorClasses(String accessMethod, String type, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT
                  am.amname AS "AM",
                  pg_catalog.format_type(c.opcintype, NULL) AS "Input type",
                  CASE
                    WHEN c.opckeytype <> 0 AND c.opckeytype <> c.opcintype
                    THEN pg_catalog.format_type(c.opckeytype, NULL)
                    ELSE NULL
                  END AS "Storage type",
                  CASE
                    WHEN pg_catalog.pg_opclass_is_visible(c.oid)
                    THEN pg_catalog.format('%I', c.opcname)
                    ELSE pg_catalog.format('%I.%I', n.nspname, c.opcname)
                  END AS "Operator class",
                  (CASE WHEN c.opcdefault
                    THEN 'yes'
                    ELSE 'no'
                  END) AS "Default?\"""");
        if (verbose) {
            sql.append("""
                    ,
                      CASE
                        WHEN pg_catalog.pg_opfamily_is_visible(of.oid)
                        THEN pg_catalog.format('%I', of.opfname)
                        ELSE pg_catalog.format('%I.%I', ofn.nspname, of.opfname)
                      END AS "Operator family",
                     pg_catalog.pg_get_userbyid(c.opcowner) AS "Owner"
                    """);
        }
        sql.append("""

                FROM pg_catalog.pg_opclass c
                  LEFT JOIN pg_catalog.pg_am am on am.oid = c.opcmethod
                  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
                  LEFT JOIN pg_catalog.pg_type t ON t.oid = c.opcintype
                  LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
                """);
        if (verbose) {
            sql.append("""
                      LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = c.opcfamily
                      LEFT JOIN pg_catalog.pg_namespace ofn ON ofn.oid = of.opfnamespace
                    """);
        }
        if (accessMethod != null) {
            describe.pattern(sql, accessMethod, null, "am.amname", null, null, 1);
        }
        if (type != null) {
            describe.pattern(sql, type, "tn.nspname", "t.typname", TYPE_ALT_NAME, TYPE_VISIBLE, 3);
        }
        sql.append("ORDER BY 1, 2, 4;");
        describe.printList("List of operator classes", sql.toString());
    }

    /** {@code \\dAf[+] [AMPTRN [TYPEPTRN]]}. */
    public void operatorFamilies(String accessMethod, String type, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT
                  am.amname AS "AM",
                  CASE
                    WHEN pg_catalog.pg_opfamily_is_visible(f.oid)
                    THEN pg_catalog.format('%I', f.opfname)
                    ELSE pg_catalog.format('%I.%I', n.nspname, f.opfname)
                  END AS "Operator family",
                  (SELECT
                     pg_catalog.string_agg(pg_catalog.format_type(oc.opcintype, NULL), ', ')
                   FROM pg_catalog.pg_opclass oc
                   WHERE oc.opcfamily = f.oid) "Applicable types\"""");
        if (verbose) {
            sql.append(",\n  pg_catalog.pg_get_userbyid(f.opfowner) AS \"Owner\"\n");
        }
        sql.append("""

                FROM pg_catalog.pg_opfamily f
                  LEFT JOIN pg_catalog.pg_am am on am.oid = f.opfmethod
                  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
                """);
        if (accessMethod != null) {
            describe.pattern(sql, accessMethod, null, "am.amname", null, null, 1);
        }
        if (type != null) {
            sql.append("  " + (sql.hasWhere() ? "AND" : "WHERE") + " EXISTS (\n"
                    + "    SELECT 1\n"
                    + "    FROM pg_catalog.pg_type t\n"
                    + "    JOIN pg_catalog.pg_opclass oc ON oc.opcintype = t.oid\n"
                    + "    LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace\n"
                    + "    WHERE oc.opcfamily = f.oid\n");
            sql.whereWritten(true);
            describe.pattern(sql, type, "tn.nspname", "t.typname", TYPE_ALT_NAME, TYPE_VISIBLE, 3);
            sql.append("  )\n");
        }
        sql.append("ORDER BY 1, 2;");
        describe.printList("List of operator families", sql.toString());
    }

    /** {@code \\dAo[+] [AMPTRN [OPFPTRN]]}. */
    public void familyOperators(String accessMethod, String family, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT
                  am.amname AS "AM",
                  CASE
                    WHEN pg_catalog.pg_opfamily_is_visible(of.oid)
                    THEN pg_catalog.format('%I', of.opfname)
                    ELSE pg_catalog.format('%I.%I', nsf.nspname, of.opfname)
                  END AS "Operator family",
                  o.amopopr::pg_catalog.regoperator AS "Operator"
                ,  o.amopstrategy AS "Strategy",
                  CASE o.amoppurpose
                    WHEN 'o' THEN 'ordering'
                    WHEN 's' THEN 'search'
                  END AS "Purpose"
                """);
        if (verbose) {
            sql.append(", ofs.opfname AS \"Sort opfamily\"\n");
        }
        sql.append("""
                FROM pg_catalog.pg_amop o
                  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = o.amopfamily
                  LEFT JOIN pg_catalog.pg_am am ON am.oid = of.opfmethod AND am.oid = o.amopmethod
                  LEFT JOIN pg_catalog.pg_namespace nsf ON of.opfnamespace = nsf.oid
                """);
        if (verbose) {
            sql.append("  LEFT JOIN pg_catalog.pg_opfamily ofs ON ofs.oid = o.amopsortfamily\n");
        }
        if (accessMethod != null) {
            describe.pattern(sql, accessMethod, null, "am.amname", null, null, 1);
        }
        if (family != null) {
            describe.pattern(sql, family, "nsf.nspname", "of.opfname", null, null, 3);
        }
        sql.append("""
                ORDER BY 1, 2,
                  o.amoplefttype = o.amoprighttype DESC,
                  pg_catalog.format_type(o.amoplefttype, NULL),
                  pg_catalog.format_type(o.amoprighttype, NULL),
                  o.amopstrategy;""");
        describe.printList("List of operators of operator families", sql.toString());
    }

    /** {@code \\dAp[+] [AMPTRN [OPFPTRN]]}. */
    public void familyFunctions(String accessMethod, String family, boolean verbose) throws Failure {
        CatalogSql sql = describe.newSql().append("""
                SELECT
                  am.amname AS "AM",
                  CASE
                    WHEN pg_catalog.pg_opfamily_is_visible(of.oid)
                    THEN pg_catalog.format('%I', of.opfname)
                    ELSE pg_catalog.format('%I.%I', ns.nspname, of.opfname)
                  END AS "Operator family",
                  pg_catalog.format_type(ap.amproclefttype, NULL) AS "Registered left type",
                  pg_catalog.format_type(ap.amprocrighttype, NULL) AS "Registered right type",
                  ap.amprocnum AS "Number"
                """);
        sql.append(verbose ? ", ap.amproc::pg_catalog.regprocedure AS \"Function\"\n"
                : ", p.proname AS \"Function\"\n");
        sql.append("""
                FROM pg_catalog.pg_amproc ap
                  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = ap.amprocfamily
                  LEFT JOIN pg_catalog.pg_am am ON am.oid = of.opfmethod
                  LEFT JOIN pg_catalog.pg_namespace ns ON of.opfnamespace = ns.oid
                  LEFT JOIN pg_catalog.pg_proc p ON ap.amproc = p.oid
                """);
        if (accessMethod != null) {
            describe.pattern(sql, accessMethod, null, "am.amname", null, null, 1);
        }
        if (family != null) {
            describe.pattern(sql, family, "ns.nspname", "of.opfname", null, null, 3);
        }
        sql.append("""
                ORDER BY 1, 2,
                  ap.amproclefttype = ap.amprocrighttype DESC,
                  3, 4, 5;""");
        describe.printList("List of support functions of operator families", sql.toString());
    }
}
