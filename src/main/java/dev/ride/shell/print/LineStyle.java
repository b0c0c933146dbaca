package dev.ride.shell.print;

/**
 * psql's line styles ({@code \pset linestyle}): the strings print.c draws rules, column separators
 * and the marks of continued lines with (its {@code printTextFormat}). {@code old-ascii} marks a
 * value's next line on the left of the following column instead of with {@code +} on the right, as
 * PostgreSQL 8.4 did; {@code unicode} draws box characters.
 *
 * @param name            the name {@code \pset} shows
 * @param rules           top, middle (under the header), bottom and data lines: each horizontal rule,
 *                        left, middle and right vertical rule
 * @param midNewline      the column separator beside a value continued after a newline
 * @param midWrap         the column separator beside a value continued after wrapping
 * @param midBlank        the column separator beside a value that has no more lines
 * @param headerNewlineLeft  left mark of a header's continuation line
 * @param headerNewlineRight right mark of a header line continued on the next one
 * @param newlineLeft     left mark of a value's line that follows a newline
 * @param newlineRight    right mark of a value's line that ends with a newline
 * @param wrapLeft        left mark of a value's line that continues a wrapped one
 * @param wrapRight       right mark of a value's line that is wrapped
 * @param wrapRightBorder whether the marks have a column of their own on the right (not old-ascii)
 */
public record LineStyle(String name, Rule[] rules, String midNewline, String midWrap, String midBlank,
                        String headerNewlineLeft, String headerNewlineRight, String newlineLeft,
                        String newlineRight, String wrapLeft, String wrapRight, boolean wrapRightBorder) {

    /** One kind of line: its horizontal rule and its left, middle and right vertical rules. */
    public record Rule(String horizontal, String left, String middle, String right) { }

    public static final int TOP = 0;
    public static final int MIDDLE = 1;
    public static final int BOTTOM = 2;
    public static final int DATA = 3;

    private static final Rule[] ASCII_RULES = {
        new Rule("-", "+", "+", "+"), new Rule("-", "+", "+", "+"), new Rule("-", "+", "+", "+"),
        new Rule("", "|", "|", "|"),
    };

    /** psql's default. */
    public static final LineStyle ASCII = new LineStyle("ascii", ASCII_RULES, "|", "|", "|", " ", "+", " ", "+",
            ".", ".", true);

    /** PostgreSQL 8.4's style. */
    public static final LineStyle OLD_ASCII = new LineStyle("old-ascii", ASCII_RULES, ":", ";", " ", "+", " ", " ",
            " ", " ", " ", false);

    /** {@code unicode} with every part single (psql's default {@code unicode_*_linestyle}). */
    public static final LineStyle UNICODE = unicode(false, false, false);

    public boolean isOldAscii() {
        return name.equals("old-ascii");
    }

    public Rule rule(int position) {
        return rules[position];
    }

    /**
     * psql's refresh_utf8format: the unicode style with single or double lines for the outer
     * border, the column separators and the rule under the header.
     */
    public static LineStyle unicode(boolean doubleBorder, boolean doubleColumn, boolean doubleHeader) {
        int b = doubleBorder ? 1 : 0;
        int c = doubleColumn ? 1 : 0;
        int h = doubleHeader ? 1 : 0;
        // border: up and right, vertical, down and right, horizontal, down and left, up and left
        String[][] border = {
            {"\u2514", "\u2502", "\u250C", "\u2500", "\u2510", "\u2518"},
            {"\u255A", "\u2551", "\u2554", "\u2550", "\u2557", "\u255D"},
        };
        // column: vertical; vertical and horizontal, up and horizontal, down and horizontal, each
        // for a single and a double crossing line
        String[] columnVertical = {"\u2502", "\u2551"};
        String[][] columnCross = {{"\u253C", "\u256A"}, {"\u256B", "\u256C"}};
        String[][] columnUp = {{"\u2534", "\u2567"}, {"\u2568", "\u2569"}};
        String[][] columnDown = {{"\u252C", "\u2564"}, {"\u2565", "\u2566"}};
        // header row: horizontal; vertical and right, vertical and left (single and double border)
        String[] rowHorizontal = {"\u2500", "\u2550"};
        String[][] rowRight = {{"\u251C", "\u255F"}, {"\u255E", "\u2560"}};
        String[][] rowLeft = {{"\u2524", "\u2562"}, {"\u2561", "\u2563"}};
        String[] bs = border[b];
        Rule[] rules = {
            new Rule(bs[3], bs[2], columnDown[c][b], bs[4]),
            new Rule(rowHorizontal[h], rowRight[h][b], columnCross[c][h], rowLeft[h][b]),
            new Rule(bs[3], bs[0], columnUp[c][b], bs[5]),
            new Rule("", bs[1], columnVertical[c], bs[1]),
        };
        String vertical = columnVertical[c];
        return new LineStyle("unicode", rules, vertical, vertical, vertical, " ", "\u21B5", " ", "\u21B5",
                "\u2026", "\u2026", true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LineStyle style && style.name.equals(name)
                && java.util.Arrays.equals(style.rules, rules);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(rules);
    }

    @Override
    public String toString() {
        return name;
    }
}
