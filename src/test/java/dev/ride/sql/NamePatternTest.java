package dev.ride.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** psql's name patterns as regexes (compare with the queries psql -E prints). */
class NamePatternTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "orders|^(orders)$",
        "ORDERS|^(orders)$",
        "\"Orders\"|^(Orders)$",
        "ord*|^(ord.*)$",
        "o?ders|^(o.ders)$",
        "public.ord*|^(public)$ ^(ord.*)$",
        "\"a.b\"|^(a\\.b)$",
        "a$b|^(a\\$b)$",
        "int[]|^(int\\[])$",
        "\"x\"\"y\"|^(x\"y)$",
    })
    void turnsPatternsIntoAnchoredRegexes(String pattern, String expected) {
        assertThat(String.join(" ", NamePattern.regexParts(pattern))).isEqualTo(expected);
    }

    @Test
    void aSchemaPartReplacesTheVisibilityRule() throws Exception {
        List<String> where = new ArrayList<>();
        NamePattern.appendConditions(where, "billing.*", "n.nspname", "c.relname", "visible(c)", 3, "db");
        assertThat(where).containsExactly("n.nspname OPERATOR(pg_catalog.~) '^(billing)$' COLLATE pg_catalog.default");
        where.clear();
        NamePattern.appendConditions(where, "ord*", "n.nspname", "c.relname", "visible(c)", 3, "db");
        assertThat(where).containsExactly("c.relname OPERATOR(pg_catalog.~) '^(ord.*)$' COLLATE pg_catalog.default",
                "visible(c)");
    }

    @Test
    void rejectsOtherDatabasesAndTooManyDots() {
        assertThatThrownBy(() -> NamePattern.appendConditions(new ArrayList<>(), "other.public.t", "n.nspname",
                "c.relname", null, 3, "db")).hasMessage("cross-database references are not implemented: other.public.t");
        assertThatThrownBy(() -> NamePattern.appendConditions(new ArrayList<>(), "a.b.c.d", "n.nspname",
                "c.relname", null, 3, "db")).hasMessage("improper qualified name (too many dotted names): a.b.c.d");
    }
}
