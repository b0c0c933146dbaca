package dev.ride.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.sql.SqlTokens.Kind;
import dev.ride.sql.SqlTokens.Token;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text in, tokens out (blanks left out of the expectations): the lexer that the splitter uses too. */
class SqlTokensTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("select 'a''b' from t", "WORD(select) STRING('a''b') WORD(from) WORD(t)"),
                Arguments.of("E'a\\'b' e'\\\\' B'01' X'ff' N'n' U&'u' U&\"q\"",
                        "STRING(E'a\\'b') STRING(e'\\\\') STRING(B'01') STRING(X'ff') STRING(N'n') STRING(U&'u') QUOTED_NAME(U&\"q\")"),
                Arguments.of("'a\\' x", "STRING('a\\') WORD(x)"),
                Arguments.of("\"a\"\"b\" \"x y\"", "QUOTED_NAME(\"a\"\"b\") QUOTED_NAME(\"x y\")"),
                Arguments.of("$$a'b$$ $tag$ $$ $tag$ $a$ $b$ $a$", "STRING($$a'b$$) STRING($tag$ $$ $tag$) STRING($a$ $b$ $a$)"),
                Arguments.of("$1 $x a$b $ 1$a$", "SYMBOL($1) SYMBOL($x) WORD(a$b) SYMBOL($) NUMBER(1$a$)"),
                Arguments.of("/* a /* b */ c */ x -- d\ny", "COMMENT(/* a /* b */ c */) WORD(x) COMMENT(-- d) WORD(y)"),
                Arguments.of("1e5 .5 3.14 x1 _y é", "NUMBER(1e5) NUMBER(.5) NUMBER(3.14) WORD(x1) WORD(_y) WORD(é)"),
                Arguments.of("a.b;c::int", "WORD(a) SYMBOL(.) WORD(b) SYMBOL(;) WORD(c) SYMBOL(:) SYMBOL(:) WORD(int)"),
                Arguments.of("U&x", "SYMBOL(U) SYMBOL(&) WORD(x)"),
                Arguments.of("select 'a\nb' x", "WORD(select) STRING('a\nb') WORD(x)"),
                // half-typed text: an open construct runs to the end
                Arguments.of("select 'open", "WORD(select) STRING('open)"),
                Arguments.of("x /* open /* */", "WORD(x) COMMENT(/* open /* */)"),
                Arguments.of("$f$ open", "STRING($f$ open)"),
                Arguments.of("\\d t", "SYMBOL(\\) WORD(d) WORD(t)"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void tokensAsPsqlSeesThem(String input, String expected) {
        String tokens = SqlTokens.tokens(input).stream()
                .filter(t -> t.kind() != Kind.SPACE)
                .map(t -> t.kind() + "(" + t.text(input) + ")")
                .collect(Collectors.joining(" "));
        assertThat(tokens).isEqualTo(expected);
    }

    @Test
    void tokensCoverTheWholeText() {
        String input = " select  'a' -- c\n\t/* d */x ";
        int at = 0;
        for (Token token : SqlTokens.tokens(input)) {
            assertThat(token.start()).isEqualTo(at);
            at = token.end();
        }
        assertThat(at).isEqualTo(input.length());
    }

    @Test
    void anOpenConstructGoesOnInTheNextPiece() {
        SqlLexer lexer = new SqlLexer();
        String first = "select $f$ body;";
        int at = 0;
        while (at < first.length()) {
            at = lexer.scan(first, at);
        }
        assertThat(lexer.open()).isEqualTo(SqlLexer.Open.DOLLAR_QUOTE);
        String second = "more $f$;";
        assertThat(lexer.scan(second, 0)).isEqualTo(second.indexOf(';'));
        assertThat(lexer.kind()).isEqualTo(Kind.STRING);
        assertThat(lexer.inQuote()).isFalse();
    }

    @Test
    void withoutStandardStringsAPlainQuoteTakesBackslashEscapes() {
        SqlLexer lexer = new SqlLexer();
        lexer.setStandardConformingStrings(false);
        assertThat(lexer.scan("'a\\'b' x", 0)).isEqualTo(6);
        assertThat(lexer.copy().open()).isEqualTo(SqlLexer.Open.NONE);
    }

    @Test
    void wordsGlueDottedNamesAndSkipComments() {
        assertThat(SqlTokens.words("select o.id /* x */ from public.\"Orders\" o;"))
                .containsExactly("select", "o.id", "from", "public.\"Orders\"", "o", ";");
        assertThat(SqlTokens.semicolons("a; 'b;' /* ; */ c;")).containsExactly(1, 17);
    }
}
