package dev.ride.shell.complete;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** What the prompt colours, and that "no colour" means no escape codes at all. */
class SqlHighlighterTest {

    private static final String SQL = "select 'it''s', 42, x -- note\nfrom t /* c */ where $$a$$ <> 'b';";

    @Test
    void coloursKeywordsStringsNumbersAndComments() {
        AttributedString shown = new SqlHighlighter(true).highlight(SQL);
        assertThat(shown.toString()).isEqualTo(SQL);
        String ansi = shown.toAnsi(256, org.jline.utils.AttributedCharSequence.ForceMode.None);
        assertThat(ansi).contains("\u001b[").contains("select").contains("'it''s'");
        assertThat(styleAt(shown, SQL.indexOf("select"))).isNotEqualTo(styleAt(shown, SQL.indexOf("x --")));
        assertThat(styleAt(shown, SQL.indexOf("'it"))).isNotEqualTo(styleAt(shown, SQL.indexOf("42")));
        assertThat(styleAt(shown, SQL.indexOf("-- note"))).isEqualTo(styleAt(shown, SQL.indexOf("/* c")));
        assertThat(styleAt(shown, SQL.indexOf("$$a"))).isEqualTo(styleAt(shown, SQL.indexOf("'b'")));
        assertThat(styleAt(shown, SQL.indexOf("from t"))).isEqualTo(styleAt(shown, SQL.indexOf("where")));
    }

    @Test
    void noColourWhenAskedOrOnADumbTerminal() {
        assertThat(SqlHighlighter.colourWanted(null, "xterm-256color")).isTrue();
        assertThat(SqlHighlighter.colourWanted("", "xterm")).isTrue();
        assertThat(SqlHighlighter.colourWanted("1", "xterm-256color")).isFalse();
        assertThat(SqlHighlighter.colourWanted(null, "dumb")).isFalse();
        AttributedString plain = new SqlHighlighter(false).highlight(null, SQL);
        assertThat(plain.toAnsi(256, org.jline.utils.AttributedCharSequence.ForceMode.None)).isEqualTo(SQL);
    }

    private static Object styleAt(AttributedString s, int index) {
        return s.styleAt(index).getStyle();
    }
}
