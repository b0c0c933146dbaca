package dev.ride.shell.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.shell.meta.MetaArguments.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Backslash-command arguments read as psql reads them (checked with psql's \echo). */
class MetaArgumentsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("hello   world", Mode.NORMAL, List.of("hello", "world")),
                Arguments.of(" \"q  x\" 'a b'", Mode.NORMAL, List.of("\"q  x\"", "a b")),
                Arguments.of("'q\\\\t\\x' tail", Mode.NORMAL, List.of("q\\tx", "tail")),
                Arguments.of("'it''s'", Mode.NORMAL, List.of("it's")),
                Arguments.of("'tab\\there' 'new\\nline'", Mode.NORMAL, List.of("tab\there", "new\nline")),
                Arguments.of("'\\101\\x42'", Mode.NORMAL, List.of("AB")),
                Arguments.of("a'b c'd", Mode.NORMAL, List.of("ab cd")),
                Arguments.of("\"Orders\"", Mode.NORMAL, List.of("\"Orders\"")),
                Arguments.of("\"My DB\" Other", Mode.SQL_ID_KEEP_CASE, List.of("My DB", "Other")),
                Arguments.of("\"a\"\"b\"", Mode.SQL_ID_KEEP_CASE, List.of("a\"b")),
                Arguments.of("MixedCase \"KeptCase\"", Mode.SQL_ID, List.of("mixedcase", "KeptCase")),
                Arguments.of("MixedCase", Mode.SQL_ID_KEEP_CASE, List.of("MixedCase")),
                Arguments.of("   ", Mode.NORMAL, List.of()));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("cases")
    void readsArgumentsLikePsql(String text, Mode mode, List<String> expected) {
        MetaArguments arguments = new MetaArguments(text);
        List<String> read = new ArrayList<>();
        for (String arg = arguments.next(mode); arg != null; arg = arguments.next(mode)) {
            read.add(arg);
        }
        assertThat(read).isEqualTo(expected);
    }
}
