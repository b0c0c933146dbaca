package dev.ride.shell.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Widths psql 15 gives single code points (measured from its aligned output). */
class DisplayWidthTest {

    @ParameterizedTest(name = "U+{0} is {1} wide")
    @CsvSource({
            "0041, 1",   // A
            "00E9, 1",   // é precomposed
            "0301, 0",   // combining acute accent
            "20DD, 0",   // combining enclosing circle (Me)
            "00AD, 1",   // soft hyphen: a format character psql 15 still counts as 1
            "200B, 1",   // zero width space (Cf): also 1 in psql 15
            "65E5, 2",   // 日
            "AC00, 2",   // Hangul syllable
            "FF21, 2",   // fullwidth A
            "1F600, 2",  // emoji
            "3000, 2",   // ideographic space
            "0001, -1",  // control: shown as \x01
            "0085, -1",  // C1 control: shown as a backslash-u escape
    })
    void measuresLikePsql(String hex, int width) {
        assertThat(DisplayWidth.of(Integer.parseInt(hex, 16))).isEqualTo(width);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} wide")
    @CsvSource({
            "abc, 3",
            "日本語, 6",
            "e\u0301, 1",
    })
    void measuresStrings(String text, int width) {
        assertThat(DisplayWidth.of(text)).isEqualTo(width);
    }
}
