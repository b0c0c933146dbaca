package dev.ride.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** libpq's LINE/caret excerpt, with expectations copied from psql 15's output. */
class ServerMessageFormatterTest {

    private static final String LONG = "'a long line ..........................................................................."
            + "'";

    /** The error position the server reports for {@code word} in {@code query} (1-based, in characters). */
    private static int at(String query, String word) {
        return query.codePointCount(0, query.indexOf(word)) + 1;
    }

    static Stream<Arguments> cases() {
        String first = "select * from nosuch;";
        String multiLine = "select\n  id,\n  nosuch_column\n  from customers;";
        String tab = "select\ttab, x;";
        String wide = "select '日本' || x;";
        String longRight = "select " + LONG + " || nosuch;";
        String longLeft = "select nosuch, " + LONG + ";";
        return Stream.of(
                Arguments.of(first, at(first, "nosuch"),
                        "LINE 1: select * from nosuch;\n"
                        + "                      ^\n"),
                Arguments.of(multiLine, at(multiLine, "nosuch"),
                        "LINE 3:   nosuch_column\n"
                        + "          ^\n"),
                Arguments.of(tab, at(tab, "tab"),
                        "LINE 1: select tab, x;\n"
                        + "               ^\n"),
                Arguments.of(wide, at(wide, "x;"),
                        "LINE 1: select '日本' || x;\n"
                        + "                         ^\n"),
                // a long line is cut around the error, with ... where text was left out
                Arguments.of(longRight, at(longRight, "nosuch"),
                        "LINE 1: ...................................................' || nosuch;\n"
                        + "                                                                ^\n"),
                Arguments.of(longLeft, at(longLeft, "nosuch"),
                        "LINE 1: select nosuch, 'a long line ...................................\n"
                        + "               ^\n"),
                // a position past the end of the text shows nothing
                Arguments.of("select 1;", 30, ""));
    }

    @ParameterizedTest(name = "{index}: position {1}")
    @MethodSource("cases")
    void pointsAtTheErrorLikeLibpq(String query, int position, String expected) {
        StringBuilder text = new StringBuilder();
        ServerMessageFormatter.appendErrorPosition(text, query, position);
        assertThat(text.toString()).isEqualTo(expected);
    }
}
