package dev.ride.shell.describe;

import dev.ride.sql.NamePattern;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conditions CatalogSql writes, against what psql 15 -E shows for the same commands. */
class CatalogSqlTest {

    @Test
    void aTypePatternMatchesTheNameOrTheFormattedNameAndIsVisibleWithoutASchema() throws Exception {
        CatalogSql sql = new CatalogSql("regression");
        sql.pattern("int4", "tn.nspname", "t.typname", "pg_catalog.format_type(t.oid, NULL)",
                "pg_catalog.pg_type_is_visible(t.oid)", 3);
        assertThat(sql.toString()).isEqualTo("""
                WHERE (t.typname OPERATOR(pg_catalog.~) '^(int4)$' COLLATE pg_catalog.default
                        OR pg_catalog.format_type(t.oid, NULL) OPERATOR(pg_catalog.~) '^(int4)$' COLLATE pg_catalog.default)
                  AND pg_catalog.pg_type_is_visible(t.oid)
                """);
    }

    @Test
    void aSchemaReplacesTheVisibilityRuleAndAStarIsLeftOut() throws Exception {
        CatalogSql sql = new CatalogSql("regression").whereWritten(true);
        sql.pattern("regression.pg_catalog.*", "n.nspname", "o.oprname", null, "vis", 3);
        assertThat(sql.toString()).isEqualTo("  AND n.nspname OPERATOR(pg_catalog.~) '^(pg_catalog)$' COLLATE pg_catalog.default\n");
    }

    @Test
    void operatorNamesAreForceEscapedButStarStaysAWildcard() throws Exception {
        CatalogSql sql = new CatalogSql("regression");
        sql.pattern("a+b*", true, "n.nspname", "o.oprname", null, null, 3);
        assertThat(sql.toString()).isEqualTo("WHERE o.oprname OPERATOR(pg_catalog.~) '^(a\\+b.*)$' COLLATE pg_catalog.default\n");
    }

    @Test
    void anObjectWithoutASchemaKeepsExtraDotsInItsName() throws Exception {
        CatalogSql sql = new CatalogSql("regression");
        sql.pattern("a.b", null, "n.nspname", null, null, 3);
        assertThat(sql.toString()).isEqualTo("WHERE n.nspname OPERATOR(pg_catalog.~) '^(a.b)$' COLLATE pg_catalog.default\n");
    }

    @Test
    void psqlsErrorsForTooManyPartsAndAnotherDatabase() {
        assertThatThrownBy(() -> new CatalogSql("regression").pattern("regression.heap", null, "amname", null, null, 1))
                .isInstanceOf(NamePattern.Invalid.class)
                .hasMessage("improper qualified name (too many dotted names): regression.heap");
        assertThatThrownBy(() -> new CatalogSql("regression").pattern("nonesuch.public.t", "n.nspname", "c.relname",
                null, null, 3))
                .isInstanceOf(NamePattern.Invalid.class)
                .hasMessage("cross-database references are not implemented: nonesuch.public.t");
    }
}
