package dev.ride.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ride.sql.SqlScript;
import dev.ride.sql.SqlTokens;
import dev.ride.sql.StatementSplitter;
import dev.ride.sql.StatementSplitter.EndOfLine;
import dev.ride.sql.StatementSplitter.MetaCommand;
import dev.ride.sql.StatementSplitter.Scan;
import dev.ride.sql.StatementSplitter.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial input for the statement splitter: whatever is typed, no exception escapes,
 * every line is used up in a bounded number of scans, and (for input without meta-commands and
 * leading comments) the statements put back together are the input, modulo whitespace. The same
 * input cut into tokens leaves no gap, and cut as a setup file gives the file's own text.
 */
class StatementSplitterFuzzTest {

    /** Pieces that open, close or confuse the lexer's states. */
    private static final List<String> TRICKY = List.of(
            "'", "''", "\"", "\"\"", "$$", "$a$", "$b$", "$a", "a$", "$1", "$", "/*", "*/", "/* /*", "(", ")",
            ";", ";;", "E'", "e'\\'", "B'", "X'", "U&'", "U&\"", "N'", "\\", "\\\\", "\\;", "\\:", "\\g", "\\x",
            "\\echo '", "--", "-", " ", "\t", "\r", "\f", "\u0000", "\u00e9", "\uD83D\uDE00", "\uD800",
            "select", "create", "or", "replace", "function", "procedure", "begin", "atomic", "case", "end",
            "1e5", "0x", "...");

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> tricky = Arbitraries.of(TRICKY);
        Arbitrary<String> junk = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, tricky), net.jqwik.api.Tuple.of(2, junk), net.jqwik.api.Tuple.of(3, word))
                .list().ofMaxSize(30)
                .map(pieces -> String.join("", pieces).replace("\n", " "));
    }

    @Provide
    Arbitrary<List<String>> inputs() {
        return lines().list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 2000, seed = "20261126") // seeded: the same inputs on every CI run
    void anyInputIsConsumedWithoutException(@ForAll("inputs") List<String> input) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> split(input, false));
    }

    @Property(tries = 2000, seed = "20261126") // seeded: the same inputs on every CI run
    void statementsReassembleToTheInput(@ForAll("inputs") List<String> input) {
        List<String> plain = input.stream().map(l -> l.replace("\\", "").replace("--", "")).toList();
        String reassembled = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> split(plain, true));
        assertThat(withoutSpace(reassembled)).isEqualTo(withoutSpace(String.join("\n", plain)));
    }

    @Property(tries = 1000, seed = "20261126") // seeded: the same inputs on every CI run
    void tokensCoverAnyTextWithoutGaps(@ForAll("inputs") List<String> input) {
        String text = String.join("\n", input);
        int at = 0;
        for (SqlTokens.Token token : SqlTokens.tokens(text)) {
            assertThat(token.start()).isEqualTo(at);
            assertThat(token.end()).isGreaterThan(token.start());
            at = token.end();
        }
        assertThat(at).isEqualTo(text.length());
    }

    @Property(tries = 1000, seed = "20261126") // seeded: the same inputs on every CI run
    void scriptStatementsAreTheFilesOwnTextInOrder(@ForAll("inputs") List<String> input) {
        String text = String.join("\n", input).replace("\\", "");
        int after = 0;
        for (SqlScript.Statement statement : SqlScript.split(text)) {
            assertThat(statement.offset()).isGreaterThanOrEqualTo(after);
            assertThat(text.startsWith(statement.sql(), statement.offset())).isTrue();
            assertThat(statement.line())
                    .isEqualTo(SqlScript.lineAt(text, statement.offset()) + linesBeforeFirstToken(statement));
            after = statement.offset() + statement.sql().length();
        }
    }

    /** How many line breaks lie in the leading block comments of a statement. */
    private static int linesBeforeFirstToken(SqlScript.Statement statement) {
        int firstToken = 0;
        for (SqlTokens.Token token : SqlTokens.tokens(statement.sql())) {
            if (token.kind() != SqlTokens.Kind.SPACE && token.kind() != SqlTokens.Kind.COMMENT) {
                firstToken = token.start();
                break;
            }
        }
        return (int) statement.sql().substring(0, firstToken).chars().filter(c -> c == '\n').count();
    }

    @Test
    void megabyteLinesFinishQuickly() {
        int mb = 1 << 20;
        List<String> lines = List.of(
                "a".repeat(mb), "'".repeat(mb), "'" + "x".repeat(mb), "$$" + "x".repeat(mb), "$a$".repeat(mb / 3),
                "$" + "a".repeat(mb), "$a" .repeat(mb / 2), "/*".repeat(mb / 2), "*/".repeat(mb / 2),
                "(".repeat(mb), ")".repeat(mb), ";".repeat(mb), "\\".repeat(mb), "\\x ".repeat(mb / 3),
                "\\echo '" + "y".repeat(mb), "\\echo \"" + "y".repeat(mb), "-".repeat(mb), "\u0000".repeat(mb),
                "E'" + "\\".repeat(mb), "\"".repeat(mb), "begin ".repeat(mb / 6), "create function f() begin atomic "
                        + "case ".repeat(mb / 5));
        for (String line : lines) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> split(List.of(line, line, "select 1;"), false),
                    () -> "line starting " + line.substring(0, 20));
        }
    }

    @Test
    void seededBinaryJunkIsConsumed() {
        java.util.Random random = new java.util.Random(20261126L);
        for (int round = 0; round < 300; round++) {
            List<String> input = new ArrayList<>();
            for (int l = 0; l < 5; l++) {
                char[] chars = new char[random.nextInt(2000)];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = random.nextInt(4) == 0 ? "'\"$;\\()/*-".charAt(random.nextInt(10))
                            : (char) random.nextInt(Character.MAX_VALUE + 1);
                }
                input.add(new String(chars).replace('\n', ' '));
            }
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> split(input, false));
        }
    }

    /**
     * Feeds the lines and returns the statements plus what is left at the end, joined. Fails when a
     * line needs more scans than it has characters (a scan that does not advance would loop).
     */
    static String split(List<String> input, boolean rejectMeta) {
        StatementSplitter splitter = new StatementSplitter();
        StringBuilder out = new StringBuilder();
        for (String line : input) {
            splitter.feedLine(line);
            int scans = 0;
            while (true) {
                Scan scan = splitter.next();
                if (scan instanceof EndOfLine) {
                    break;
                }
                if (scan instanceof Statement s) {
                    out.append(s.sql());
                } else if (scan instanceof MetaCommand m) {
                    assertThat(rejectMeta).as("meta-command %s in %s", m, line).isFalse();
                }
                if (++scans > line.length() + 1) {
                    throw new AssertionError("the splitter does not advance on: " + line);
                }
            }
            splitter.promptStatus();
            splitter.copy();
        }
        splitter.finishInput().ifPresent(out::append);
        return out.toString();
    }

    /** Without the characters the splitter treats as whitespace (psql's isspace). */
    static String withoutSpace(String s) {
        return s.replaceAll("[ \t\n\r\f]", "");
    }
}
