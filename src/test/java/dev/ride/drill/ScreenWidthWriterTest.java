package dev.ride.drill;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenWidthWriterTest {

    private static String through(int width, String text) throws Exception {
        StringWriter out = new StringWriter();
        try (ScreenWidthWriter w = new ScreenWidthWriter(out, width)) {
            w.write(text);
        }
        return out.toString();
    }

    @Test
    void aLineWiderThanTheScreenBreaksWhereATerminalWould() throws Exception {
        assertThat(through(10, "0123456789abcde\nshort\n")).isEqualTo("0123456789\nabcde\nshort\n");
    }

    @Test
    void aLineOfExactlyTheWidthGetsNoExtraBreak() throws Exception {
        assertThat(through(5, "abcde\nfghij")).isEqualTo("abcde\nfghij");
    }

    @Test
    void coloursTakeNoColumnsAndCarriageReturnsStartTheLineAgain() throws Exception {
        assertThat(through(4, "\u001b[1;31mabcd\u001b[0m\rwxyz")).isEqualTo("\u001b[1;31mabcd\u001b[0m\rwxyz");
        assertThat(through(4, "ab\tc")).isEqualTo("ab\t\nc");
    }

    @Test
    void typedKeyByKeyItBreaksTheSameWay() throws Exception {
        StringWriter out = new StringWriter();
        try (ScreenWidthWriter w = new ScreenWidthWriter(out, 3)) {
            for (char c : "abcdefg".toCharArray()) {
                w.write(c);
                w.flush();
            }
        }
        assertThat(out.toString()).isEqualTo("abc\ndef\ng");
    }

    @Test
    void itCountsTheVisibleCharacters() throws Exception {
        ScreenWidthWriter w = new ScreenWidthWriter(new StringWriter(), 80);
        w.write("\u001b[32mok\u001b[0m\nmore •\n");
        assertThat(w.printed()).isEqualTo(8);
    }
}
