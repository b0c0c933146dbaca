package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;
import dev.ride.shell.Messages;

/**
 * What pg_class says about one relation, read once for {@code \d NAME} (psql's tableinfo in
 * describeOneTableDetails). The relation description and its footers build on these facts and
 * ask the catalog for the rest.
 */
public class RelationFacts {

    final DescribeCatalog catalog;
    final String oid;
    final String schema;
    final String name;
    final boolean verbose;
    /** What psql's HIDE_* variables leave out; set by the description that owns these facts. */
    Describe.Hidden hidden = Describe.Hidden.NONE;
    final int checks;
    final char kind;
    final boolean hasIndex;
    final boolean hasRules;
    final boolean hasTriggers;
    final boolean rowSecurity;
    final boolean forceRowSecurity;
    final boolean isPartition;
    final String relOptions;
    final String tablespace;
    final String ofType;
    final char persistence;
    final char replicaIdentity;
    final String accessMethod;

    RelationFacts(DescribeCatalog catalog, String oid, String schema, String name, boolean verbose) throws Failure {
        this.catalog = catalog;
        this.oid = oid;
        this.schema = schema;
        this.name = name;
        this.verbose = verbose;
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
            catalog.fail(Messages.noRelationWithOid(oid));
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

    /** The same facts, for a part of the description that builds on them. */
    RelationFacts(RelationFacts other) {
        this.catalog = other.catalog;
        this.oid = other.oid;
        this.schema = other.schema;
        this.name = other.name;
        this.verbose = other.verbose;
        this.hidden = other.hidden;
        this.checks = other.checks;
        this.kind = other.kind;
        this.hasIndex = other.hasIndex;
        this.hasRules = other.hasRules;
        this.hasTriggers = other.hasTriggers;
        this.rowSecurity = other.rowSecurity;
        this.forceRowSecurity = other.forceRowSecurity;
        this.isPartition = other.isPartition;
        this.relOptions = other.relOptions;
        this.tablespace = other.tablespace;
        this.ofType = other.ofType;
        this.persistence = other.persistence;
        this.replicaIdentity = other.replicaIdentity;
        this.accessMethod = other.accessMethod;
    }

    CatalogQuery.Result query(String sql) throws Failure {
        return catalog.query(sql);
    }
}
