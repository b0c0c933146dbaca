package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;

/**
 * {@code \dx+ [PATTERN]} and {@code \dl[+]}: psql 15's listExtensionContents (the objects of
 * each extension, one table per extension) and listLargeObjects.
 */
public final class ExtensionContents {

    private final Describe describe;

    public ExtensionContents(Describe describe) {
        this.describe = describe;
    }

    /** {@code \\dx+ [PATTERN]}. */
    public void extensions(String pattern) throws Failure {
        CatalogSql sql = describe.newSql().append("SELECT e.extname, e.oid\nFROM pg_catalog.pg_extension e\n");
        describe.pattern(sql, pattern, null, "e.extname", null, null, 1);
        sql.append("ORDER BY 1;");
        CatalogQuery.Result extensions = describe.run(sql.toString());
        if (extensions.size() == 0) {
            describe.notFound(pattern != null ? "Did not find any extension named \"" + pattern + "\"."
                    : "Did not find any extensions.");
        }
        for (String[] extension : extensions.rows()) {
            describe.printList("Objects in extension \"" + extension[0] + "\"",
                    "SELECT pg_catalog.pg_describe_object(classid, objid, 0) AS \"Object description\"\n"
                            + "FROM pg_catalog.pg_depend\n"
                            + "WHERE refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND refobjid = '"
                            + extension[1] + "' AND deptype = 'e'\n"
                            + "ORDER BY 1;");
        }
    }

    /** {@code \\dl[+]} and {@code \\lo_list[+]}: no pattern; {@code +} adds the privileges. */
    public void largeObjects(boolean verbose) throws Failure {
        describe.printList("Large objects", "SELECT oid as \"ID\",\n"
                + "  pg_catalog.pg_get_userbyid(lomowner) as \"Owner\",\n  "
                + (verbose ? "pg_catalog.array_to_string(lomacl, E'\\n') AS \"Access privileges\",\n  " : "")
                + "pg_catalog.obj_description(oid, 'pg_largeobject') as \"Description\"\n"
                + "FROM pg_catalog.pg_largeobject_metadata\n"
                + "ORDER BY oid");
    }
}
