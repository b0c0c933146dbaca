package dev.ride.shell.complete;

import dev.ride.shell.RecordingHost;
import dev.ride.shell.ShellSession;
import dev.ride.testing.TestSandboxes;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When Enter runs what was typed, and which continuation prompt JLine shows otherwise. */
class PsqlLineParserTest {

    private static ShellSession session;
    private static PsqlLineParser parser;
    private static String database;

    @BeforeAll
    static void open() throws Exception {
        database = TestSandboxes.newDatabase("line_parser");
        session = new ShellSession(new RecordingHost(TestSandboxes.shared()), database,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        session.setInteractive(true);
        parser = new PsqlLineParser(session);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @ParameterizedTest(name = "[{0}] complete={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "select 1;|true",
        "select 1|false",
        "~~|true",
        "select 1\\nfrom t;|true",
        "select 'a;|false",
        "\\dt|true",
        "select 1 \\gx|true",
        "select 1\\n\\x|true",
        ":hint|true",
        "quit|true",
        "select 1;\\nselect 2|false",
        "create function f() returns int begin atomic select 1;|false",
        "create function f() returns int begin atomic select 1; end;|true",
    })
    void entersWhenAStatementOrCommandIsComplete(String typed, boolean complete) {
        assertThat(parser.isComplete(typed.replace("\\n", "\n"))).isEqualTo(complete);
    }

    @Test
    void asksForMoreWithPsqlsContinuationPrompt() {
        assertThatThrownBy(() -> parser.parse("select (1,", 10, ParseContext.ACCEPT_LINE))
                .isInstanceOf(EOFError.class)
                .satisfies(e -> assertThat(((EOFError) e).getMissing()).isEqualTo(database + "(# "));
        assertThatThrownBy(() -> parser.parse("select 'a\n", 10, ParseContext.SECONDARY_PROMPT))
                .satisfies(e -> assertThat(((EOFError) e).getMissing()).isEqualTo(database + "'# "));
        assertThatThrownBy(() -> parser.parse("select 1\n", 9, ParseContext.SECONDARY_PROMPT))
                .satisfies(e -> assertThat(((EOFError) e).getMissing()).isEqualTo(database + "-# "));
    }
}
