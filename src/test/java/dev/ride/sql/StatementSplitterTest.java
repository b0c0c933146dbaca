package dev.ride.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.sql.StatementSplitter.EndOfLine;
import dev.ride.sql.StatementSplitter.MetaCommand;
import dev.ride.sql.StatementSplitter.Scan;
import dev.ride.sql.StatementSplitter.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input lines in, statements and meta-commands out (usql's {@code stmt/} tests are the model: one
 * long table). Expectations were checked against psql 15 with {@code log_statement=all} (the
 * server log shows exactly what psql sent), the variables with {@code psql -v}.
 */
class StatementSplitterTest {

    /** Variables for the interpolation cases ({@code \\set} in psql). */
    private static final Map<String, String> VARIABLES = Map.of("t", "orders", "v", "it's", "id", "My \"T\"",
            "two", "1; select 2", "p", "a\\b");

    /** Renders every scan of a whole input as one compact string: S[sql] M[name|args] E(prompt). */
    static String split(String input) {
        StatementSplitter splitter = new StatementSplitter();
        splitter.setVariables(VARIABLES::get);
        List<String> out = new ArrayList<>();
        for (String line : input.split("\n", -1)) {
            splitter.feedLine(line);
            while (true) {
                Scan scan = splitter.next();
                if (scan instanceof Statement s) {
                    out.add("S[" + s.sql() + "]");
                } else if (scan instanceof MetaCommand m) {
                    out.add("M[" + m.name() + "|" + m.arguments() + "|buf=" + splitter.queryBuffer() + "]");
                } else if (scan instanceof EndOfLine) {
                    out.add("E" + splitter.promptStatus().symbol());
                    break;
                }
            }
        }
        splitter.finishInput().ifPresent(rest -> out.add("EOF[" + rest + "]"));
        return String.join(" ", out);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // plain statements, several per line, the ; stays in the text
                Arguments.of("select 1;", "S[select 1;] E="),
                Arguments.of("select 1; select 2;", "S[select 1;] S[select 2;] E="),
                Arguments.of("  select 1 ;  ", "S[select 1 ;] E="),
                // lines are joined with \n, blank lines skipped, leading whitespace dropped
                Arguments.of("select\n\n  1;", "E- E- S[select\n  1;] E="),
                Arguments.of("select 1\n;", "E- S[select 1\n;] E="),
                // -- comments: dropped before the statement, kept inside it
                Arguments.of("-- lead\nselect x -- trailing\n;", "E= E- S[select x -- trailing\n;] E="),
                Arguments.of("/* c */ select 2;", "S[/* c */ select 2;] E="),
                Arguments.of("/* only */\n-- dash\nselect 5;", "E- E- S[/* only */\n-- dash\nselect 5;] E="),
                // quotes of every kind hide semicolons
                Arguments.of("select 'a;b';", "S[select 'a;b';] E="),
                Arguments.of("select 'it''s;';", "S[select 'it''s;';] E="),
                Arguments.of("select E'it\\'s;';", "S[select E'it\\'s;';] E="),
                Arguments.of("select e'\\\\';", "S[select e'\\\\';] E="),
                Arguments.of("select \"x;y\" from t;", "S[select \"x;y\" from t;] E="),
                Arguments.of("select \"a\"\"b;\";", "S[select \"a\"\"b;\";] E="),
                Arguments.of("select $$a;b$$;", "S[select $$a;b$$;] E="),
                Arguments.of("select $t$ $$ ; $t$;", "S[select $t$ $$ ; $t$;] E="),
                Arguments.of("select $a$ $b$ ; $a$;", "S[select $a$ $b$ ; $a$;] E="),
                Arguments.of("select $1, a$b;", "S[select $1, a$b;] E="),
                Arguments.of("select B'01', X'ff', U&'d;', U&\"x;\";", "S[select B'01', X'ff', U&'d;', U&\"x;\";] E="),
                // comments hide semicolons, and nest
                Arguments.of("select 1 /* ; /* nested */ ; */ ;", "S[select 1 /* ; /* nested */ ; */ ;] E="),
                // parentheses hide semicolons
                Arguments.of("select (1;\n);", "E( S[select (1;\n);] E="),
                // prompts while something is open
                Arguments.of("select 'a\nb';", "E' S[select 'a\nb';] E="),
                Arguments.of("select \"x\n\";", "E\" S[select \"x\n\";] E="),
                Arguments.of("select $$\n$$;", "E$ S[select $$\n$$;] E="),
                Arguments.of("select /*\n*/ 1;", "E* S[select /*\n*/ 1;] E="),
                Arguments.of("select (1,\n2);", "E( S[select (1,\n2);] E="),
                // an empty line inside a quote is kept
                Arguments.of("select 'a\n\nb';", "E' E' S[select 'a\n\nb';] E="),
                // BEGIN ATOMIC bodies keep their semicolons
                Arguments.of("create function f() returns int begin atomic\nselect 1;\nend;",
                        "E- E- S[create function f() returns int begin atomic\nselect 1;\nend;] E="),
                Arguments.of("create or replace procedure p() begin atomic select case when true then 1 end; end;",
                        "S[create or replace procedure p() begin atomic select case when true then 1 end; end;] E="),
                Arguments.of("begin; select 1;", "S[begin;] S[select 1;] E="),
                // meta-commands
                Arguments.of("\\dt", "M[dt||buf=] E="),
                Arguments.of("\\d orders", "M[d| orders|buf=] E="),
                Arguments.of("\\dt+ \\x", "M[dt+| |buf=] M[x||buf=] E="),
                Arguments.of("\\echo a\\\\ select 5;", "M[echo| a|buf=] S[select 5;] E="),
                Arguments.of("\\echo 'a\\b' \"c\\d\" e", "M[echo| 'a\\b' \"c\\d\" e|buf=] E="),
                Arguments.of("select 1 \\gx", "M[gx||buf=select 1 ] E- EOF[select 1 ]"),
                Arguments.of("select 1\n\\x\n;", "E- M[x||buf=select 1] E- S[select 1\n;] E="),
                Arguments.of("select 1\\; select 2;", "S[select 1; select 2;] E="),
                Arguments.of("select 'a\\b' \\g", "M[g||buf=select 'a\\b' ] E- EOF[select 'a\\b' ]"),
                // a backslash inside quotes or comments is just a character
                Arguments.of("select '\\x' /* \\y */;", "S[select '\\x' /* \\y */;] E="),
                // end of input sends what is left, as psql does in a script
                Arguments.of("select 4", "E- EOF[select 4]"),
                Arguments.of("select 'open", "E' EOF[select 'open]"),
                Arguments.of("-- nothing\n   ", "E= E="),
                // more quotes: E'' escapes, doubled quotes in every kind, dollar quotes with tags
                Arguments.of("select e'a''b;c', E'x\\\\', E'\\';';", "S[select e'a''b;c', E'x\\\\', E'\\';';] E="),
                Arguments.of("select N'a;b', n'c';", "S[select N'a;b', n'c';] E="),
                Arguments.of("select $fn$ $$ ; $fn$, $$ $fn$ ; $$;", "S[select $fn$ $$ ; $fn$, $$ $fn$ ; $$;] E="),
                Arguments.of("select $a$ multi\nline ; $a$;", "E$ S[select $a$ multi\nline ; $a$;] E="),
                Arguments.of("select $1$;", "S[select $1$;] E="),
                Arguments.of("do $body$\nbegin\n  perform 1;\nend\n$body$;",
                        "E$ E$ E$ E$ S[do $body$\nbegin\n  perform 1;\nend\n$body$;] E="),
                // nested comments across lines, -- comments between and after statements
                Arguments.of("select /* a /* b */ still\n*/ 1;", "E* S[select /* a /* b */ still\n*/ 1;] E="),
                Arguments.of("-- c1\n-- c2\nselect 1; -- tail", "E= E= S[select 1;] E="),
                Arguments.of("select 1; /* between */ select 2;", "S[select 1;] S[/* between */ select 2;] E="),
                // BEGIN ATOMIC bodies, with CASE ... END inside, over several lines
                Arguments.of("create function f(x int) returns int language sql\nbegin atomic\n"
                                + "select case x when 1 then 1 else case when x > 0 then 2 end end;\nend;",
                        "E- E- E- S[create function f(x int) returns int language sql\nbegin atomic\n"
                                + "select case x when 1 then 1 else case when x > 0 then 2 end end;\nend;] E="),
                Arguments.of("CREATE FUNCTION f(a int, b int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + b; END;",
                        "S[CREATE FUNCTION f(a int, b int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + b; END;] E="),
                Arguments.of("CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END; CALL p();",
                        "S[CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END;] S[CALL p();] E="),
                Arguments.of("create table begin_t (a int); select case when true then 1 end;",
                        "S[create table begin_t (a int);] S[select case when true then 1 end;] E="),
                // \; keeps going, even at the start of a statement
                Arguments.of("select 1\\; select 2\\; select 3;", "S[select 1; select 2; select 3;] E="),
                Arguments.of("\\; select 1;", "S[; select 1;] E="),
                // psql variables: :name is replaced and scanned again, :'name' and :"name" are quoted
                Arguments.of("select * from :t;", "S[select * from orders;] E="),
                Arguments.of("select :'v', :\"id\";", "S[select 'it''s', \"My \"\"T\"\"\";] E="),
                Arguments.of("select :'p';", "S[select  E'a\\\\b';] E="),
                Arguments.of("select :two;", "S[select 1;] S[select 2;] E="),
                Arguments.of("select :unknown, ':t', \":t\", 1::int;", "S[select :unknown, ':t', \":t\", 1::int;] E="),
                Arguments.of("select ':t\n:t';", "E' S[select ':t\n:t';] E=")
        );
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void splitsLikePsql(String input, String expected) {
        assertThat(split(input)).isEqualTo(expected);
    }

    /**
     * Where each statement came from: {@code tokenLine@start-end}, lines counted from 1 as fed,
     * columns from 0; the line of a statement is that of its first token that is no comment.
     */
    static Stream<Arguments> positions() {
        return Stream.of(
                Arguments.of("select 1; select 2;", "1@1:0-1:9 1@1:10-1:19"),
                Arguments.of("\n  select\n1;", "2@2:2-3:2"),
                Arguments.of("/* c */\n\nselect 1;", "3@1:0-3:9"),
                Arguments.of("-- c\nselect 1 -- x\n;", "2@2:0-3:1"),
                Arguments.of(";", "0@1:0-1:1"),
                Arguments.of("/* only */ ;", "0@1:0-1:12"),
                Arguments.of("select 'a\n\nb'; x", "1@1:0-3:3 3@3:4-3:5"),
                Arguments.of("create function f() returns int language sql\nbegin atomic\nselect 1;\nend;",
                        "1@1:0-4:4"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("positions")
    void reportsWhereEachStatementCameFrom(String input, String expected) {
        StatementSplitter splitter = new StatementSplitter();
        List<String> out = new ArrayList<>();
        for (String line : input.split("\n", -1)) {
            splitter.feedLine(line);
            for (Scan scan = splitter.next(); scan instanceof Statement s; scan = splitter.next()) {
                out.add(where(s));
            }
        }
        splitter.finishStatement().ifPresent(s -> out.add(where(s)));
        assertThat(String.join(" ", out)).isEqualTo(expected);
    }

    private static String where(Statement s) {
        return s.tokenLine() + "@" + s.start().line() + ":" + s.start().column() + "-" + s.end().line() + ":"
                + s.end().column();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("progress")
    void knowsWhetherAStatementIsInProgress(String input, boolean inProgress) {
        StatementSplitter splitter = new StatementSplitter();
        for (String line : input.split("\n", -1)) {
            splitter.feedLine(line);
            while (!(splitter.next() instanceof EndOfLine)) {
                // consume
            }
        }
        assertThat(splitter.inProgress()).isEqualTo(inProgress);
    }

    static Stream<Arguments> progress() {
        return Stream.of(
                Arguments.of("select 1;", false),
                Arguments.of("select 1", true),
                Arguments.of("-- just a comment", false),
                Arguments.of("/* open", true),
                Arguments.of("\\x", false));
    }

    @org.junit.jupiter.api.Test
    void resetForgetsTextAndOpenParentheses() {
        StatementSplitter splitter = new StatementSplitter();
        splitter.feedLine("select (1");
        assertThat(splitter.next()).isInstanceOf(EndOfLine.class);
        assertThat(splitter.promptStatus()).isEqualTo(PromptStatus.PAREN);
        splitter.reset();
        assertThat(splitter.promptStatus()).isEqualTo(PromptStatus.READY);
        assertThat(splitter.queryBuffer()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void withoutStandardStringsABackslashEscapesAQuote() {
        StatementSplitter splitter = new StatementSplitter();
        splitter.setStandardConformingStrings(false);
        splitter.feedLine("select 'a\\';';");
        assertThat(((Statement) splitter.next()).sql()).isEqualTo("select 'a\\';';");
    }
}
