package dev.ride.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Setup files cut into the statements psql -f sends, each as the file's own text. */
class SqlScriptTest {

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("select 1; select 2;", List.of("select 1;", "select 2;")),
                Arguments.of("select 1", List.of("select 1")),
                Arguments.of("  ;; \n ; ", List.of()),
                Arguments.of("/* only a comment */;", List.of()),
                Arguments.of("-- only a comment; really\n", List.of()),
                Arguments.of("select ';' ; select 'it''s;'", List.of("select ';' ;", "select 'it''s;'")),
                Arguments.of("select E'\\';' ; select 2", List.of("select E'\\';' ;", "select 2")),
                Arguments.of("select 'a\\'; select 2", List.of("select 'a\\';", "select 2")),
                Arguments.of("select \"a;b\" from t; x", List.of("select \"a;b\" from t;", "x")),
                Arguments.of("select 1 -- a; comment\n; select 2", List.of("select 1 -- a; comment\n;", "select 2")),
                Arguments.of("/* a; /* nested; */ still; */ select 1; select 2",
                        List.of("/* a; /* nested; */ still; */ select 1;", "select 2")),
                Arguments.of("do $$ begin perform 1; end $$; select 2", List.of("do $$ begin perform 1; end $$;", "select 2")),
                Arguments.of("create function f() returns int as $body$ select 1; $body$ language sql; select 2",
                        List.of("create function f() returns int as $body$ select 1; $body$ language sql;", "select 2")),
                Arguments.of("prepare p as select $1; execute p(1)", List.of("prepare p as select $1;", "execute p(1)")),
                Arguments.of("select a$b from t; select 2", List.of("select a$b from t;", "select 2")),
                // the file's text is sent: a blank line inside a statement stays (psql would drop it)
                Arguments.of("select\n\n  1;", List.of("select\n\n  1;")),
                // SQL-standard function bodies stay whole, as in psql
                Arguments.of("CREATE FUNCTION f(a int, b int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + b; END;"
                                + " SELECT f(1, 2);",
                        List.of("CREATE FUNCTION f(a int, b int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + b; END;",
                                "SELECT f(1, 2);")),
                Arguments.of("create or replace function g(x int) returns text language sql\nbegin atomic\n"
                                + "  select case when x > 0 then 'pos' else 'neg' end;\n  select 'x';\nend;\nselect g(1);",
                        List.of("create or replace function g(x int) returns text language sql\nbegin atomic\n"
                                + "  select case when x > 0 then 'pos' else 'neg' end;\n  select 'x';\nend;", "select g(1);")),
                Arguments.of("begin; select 1; commit;", List.of("begin;", "select 1;", "commit;")),
                // backslashes inside quotes and comments are text
                Arguments.of("select '\\x'; -- \\d\nselect E'\\\\';", List.of("select '\\x';", "select E'\\\\';")));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("scripts")
    void splitsAsPsqlDoesKeepingTheFilesText(String script, List<String> expected) {
        List<SqlScript.Statement> statements = SqlScript.split(script);
        assertThat(statements).extracting(s -> s.sql().strip()).containsExactlyElementsOf(expected);
        for (SqlScript.Statement statement : statements) {
            assertThat(script.substring(statement.offset())).startsWith(statement.sql());
        }
    }

    @Test
    void knowsWhereEachStatementStarts() {
        String script = "-- header\n\nselect 1;\n/* note */\nselect\n  2;";
        List<SqlScript.Statement> statements = SqlScript.split(script);
        assertThat(statements).extracting(SqlScript.Statement::line).containsExactly(3, 5);
        assertThat(statements.get(0).offset()).isEqualTo(script.indexOf("select 1"));
        assertThat(statements.get(1).offset()).isEqualTo(script.indexOf("/* note */"));
        assertThat(statements.get(1).sql()).isEqualTo("/* note */\nselect\n  2;");
        assertThat(SqlScript.lineAt(script, script.indexOf("2;"))).isEqualTo(6);
    }

    @Test
    void linesCountFromTheFilesFirstLineWhateverTheStatementsSpan() {
        String script = "select 1; select\n2;\n\n\ncreate function f() returns int language sql\nbegin atomic\n"
                + "select 1;\nend; select 3";
        assertThat(SqlScript.split(script)).extracting(SqlScript.Statement::line).containsExactly(1, 1, 5, 8);
    }

    @Test
    void refusesPsqlMetaCommandsWithTheirLine() {
        assertThatThrownBy(() -> SqlScript.split("select 1;\n\\set x 1\n"))
                .isInstanceOfSatisfying(SqlScript.MetaCommandInScript.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessage("psql meta-command \\set in an SQL file: write SQL only");
    }
}
