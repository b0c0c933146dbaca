package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlScriptTest {

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("select 1; select 2;", List.of("select 1", "select 2")),
                Arguments.of("select 1", List.of("select 1")),
                Arguments.of("  ;; \n ; ", List.of()),
                Arguments.of("-- only a comment; really\n", List.of()),
                Arguments.of("select ';' ; select 'it''s;'", List.of("select ';'", "select 'it''s;'")),
                Arguments.of("select E'\\';' ; select 2", List.of("select E'\\';'", "select 2")),
                Arguments.of("select 'a\\'; select 2", List.of("select 'a\\'", "select 2")),
                Arguments.of("select \"a;b\" from t; x", List.of("select \"a;b\" from t", "x")),
                Arguments.of("select 1 -- a; comment\n; select 2", List.of("select 1 -- a; comment", "select 2")),
                Arguments.of("/* a; /* nested; */ still; */ select 1; select 2",
                        List.of("/* a; /* nested; */ still; */ select 1", "select 2")),
                Arguments.of("do $$ begin perform 1; end $$; select 2", List.of("do $$ begin perform 1; end $$", "select 2")),
                Arguments.of("create function f() returns int as $body$ select 1; $body$ language sql; select 2",
                        List.of("create function f() returns int as $body$ select 1; $body$ language sql", "select 2")),
                Arguments.of("prepare p as select $1; execute p(1)", List.of("prepare p as select $1", "execute p(1)")),
                Arguments.of("select a$b from t; select 2", List.of("select a$b from t", "select 2")));
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void splitsAtTopLevelSemicolonsOnly(String script, List<String> expected) {
        assertThat(SqlScript.split(script)).extracting(s -> s.sql().strip()).containsExactlyElementsOf(expected);
    }

    @Test
    void knowsWhereEachStatementStarts() {
        String script = "-- header\n\nselect 1;\n/* note */\nselect\n  2;";
        List<SqlScript.Statement> statements = SqlScript.split(script);
        assertThat(statements).extracting(SqlScript.Statement::line).containsExactly(3, 5);
        assertThat(statements.get(1).offset()).isEqualTo(script.indexOf(";") + 1);
        assertThat(SqlScript.lineAt(script, script.indexOf("2;"))).isEqualTo(6);
    }
}
