package dev.ride.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlaceholderSqlTest {

    @Test
    void numberedPlaceholdersBecomeQuestionMarksInOrder() {
        PlaceholderSql p = PlaceholderSql.of("insert into t values ($2, $1, $2, $10)");
        assertThat(p.jdbcSql()).isEqualTo("insert into t values (?, ?, ?, ?)");
        assertThat(p.order()).containsExactly(2, 1, 2, 10);
        assertThat(p.highestParam()).isEqualTo(10);
    }

    @Test
    void quotesCommentsAndDollarQuotesAreLeftAlone() {
        PlaceholderSql p = PlaceholderSql.of(
                "select '$1', \"a$1\", E'\\'$1', $f$ $1 $f$, $$ $2 $$ -- $3\n /* $4 /* $5 */ */ , x$1, $1");
        assertThat(p.order()).containsExactly(1);
        assertThat(p.jdbcSql()).endsWith(", x$1, ?");
    }

    @Test
    void aLiteralQuestionMarkIsDoubledForJdbc() {
        PlaceholderSql p = PlaceholderSql.of("select doc ? 'k', '?' from t where id = $1");
        assertThat(p.jdbcSql()).isEqualTo("select doc ?? 'k', '?' from t where id = ?");
        assertThat(p.order()).isEqualTo(List.of(1));
    }
}
