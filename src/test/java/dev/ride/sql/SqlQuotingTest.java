package dev.ride.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values and names quoted as libpq quotes them. */
class SqlQuotingTest {

    @ParameterizedTest(name = "{index}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // value | literal | escapeLiteral | identifier
        "abc|'abc'|'abc'|\"abc\"",
        "it's|'it''s'|'it''s'|\"it's\"",
        "a\\b|'a\\b'|` E'a\\\\b'`|\"a\\b\"",
        "say \"hi\"|'say \"hi\"'|'say \"hi\"'|\"say \"\"hi\"\"\"",
        "``|''|''|\"\"",
    })
    void quotesLikeLibpq(String value, String literal, String escapeLiteral, String identifier) {
        assertThat(SqlQuoting.literal(value)).isEqualTo(literal);
        assertThat(SqlQuoting.escapeLiteral(value)).isEqualTo(escapeLiteral);
        assertThat(SqlQuoting.identifier(value)).isEqualTo(identifier);
    }
}
