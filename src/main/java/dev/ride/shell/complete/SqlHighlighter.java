package dev.ride.shell.complete;

import dev.ride.sql.SqlTokens;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the statement being typed: keywords, strings, numbers, comments, backslash commands.
 * Off (plain text, no escape codes) when the learner asked for no colour: NO_COLOR set
 * (no-color.org) or TERM=dumb.
 */
public final class SqlHighlighter implements Highlighter {

    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT)
            .italic();
    private static final AttributedStyle META = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);

    private final boolean colour;

    public SqlHighlighter(boolean colour) {
        this.colour = colour;
    }

    /** Colour unless NO_COLOR is set (to anything but "") or the terminal is dumb. */
    public static boolean colourWanted(String noColor, String term) {
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!colour) {
            return new AttributedString(buffer);
        }
        return highlight(buffer);
    }

    AttributedString highlight(String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder(buffer.length() + 32);
        int metaFrom = metaCommandStart(buffer);
        String sql = metaFrom < 0 ? buffer : buffer.substring(0, metaFrom);
        for (SqlTokens.Token token : SqlTokens.tokens(sql)) {
            String text = token.text(sql);
            AttributedStyle style = switch (token.kind()) {
                case WORD -> SqlKeywords.isKeyword(text) ? KEYWORD : AttributedStyle.DEFAULT;
                case STRING -> STRING;
                case NUMBER -> NUMBER;
                case COMMENT -> COMMENT;
                default -> AttributedStyle.DEFAULT;
            };
            out.styled(style, text);
        }
        if (metaFrom >= 0) {
            out.styled(META, buffer.substring(metaFrom));
        }
        return out.toAttributedString();
    }

    /** Where a backslash command starts (outside strings and comments), or -1. */
    private static int metaCommandStart(String buffer) {
        for (SqlTokens.Token token : SqlTokens.tokens(buffer)) {
            if (token.kind() == SqlTokens.Kind.SYMBOL && buffer.charAt(token.start()) == '\\') {
                return token.start();
            }
        }
        return -1;
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
    }

    @Override
    public void setErrorIndex(int errorIndex) {
    }
}
