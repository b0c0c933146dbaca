package dev.ride.sql;

import dev.ride.sql.SqlTokens.Kind;

/**
 * The one SQL scanner of ride: it cuts text into tokens with the rules of psql 15's
 * {@code psqlscan.l}, and remembers a string, quoted name or comment left open at the end of the
 * text, so that the next piece (psql feeds one line at a time) goes on inside it.
 *
 * <p>It knows quotes ({@code '...'}, {@code E'...'} with backslash escapes, {@code B'..'},
 * {@code X'..'}, {@code N'..'}, {@code U&'..'}), quoted names ({@code "..."}, {@code U&"..."}),
 * dollar quotes with tags, {@code --} comments and nested block comments. It knows nothing of
 * statements, psql variables or meta-commands: {@link StatementSplitter} adds those on top.
 * {@link SqlTokens#tokens} runs it over a whole text for completion and highlighting.
 */
public final class SqlLexer {

    /** A construct that the text scanned so far opened and has not closed yet. */
    public enum Open { NONE, QUOTE, ESCAPE_QUOTE, DOUBLE_QUOTE, DOLLAR_QUOTE, COMMENT }

    private Open open = Open.NONE;
    /** The delimiter ({@code $$} or {@code $tag$}) of the open dollar quote. */
    private String dollarTag;
    /** Block comments nest: how deep inside the outermost one we are. */
    private int commentDepth;
    private boolean standardConformingStrings = true;
    private Kind kind;

    /** An independent lexer in the same state. */
    public SqlLexer copy() {
        SqlLexer copy = new SqlLexer();
        copy.open = open;
        copy.dollarTag = dollarTag;
        copy.commentDepth = commentDepth;
        copy.standardConformingStrings = standardConformingStrings;
        return copy;
    }

    /** Follows the server's standard_conforming_strings: when off, '...' accepts backslash escapes. */
    public void setStandardConformingStrings(boolean on) {
        this.standardConformingStrings = on;
    }

    /** Closes whatever is open. */
    public void reset() {
        open = Open.NONE;
        dollarTag = null;
        commentDepth = 0;
    }

    /** What is open after the text scanned so far. */
    public Open open() {
        return open;
    }

    /** True inside a string, quoted name or block comment. */
    public boolean inQuote() {
        return open != Open.NONE;
    }

    /** The kind of the token the last {@link #scan} found. */
    public Kind kind() {
        return kind;
    }

    /**
     * Scans the token that starts at {@code from} (which must be inside {@code text}) and returns
     * where it ends; {@link #kind()} tells what it was. When a construct is open, the token is the
     * rest of it, up to its end or to the end of {@code text} (then it stays open).
     */
    public int scan(String text, int from) {
        if (open != Open.NONE) {
            return continueOpen(text, from);
        }
        char c = text.charAt(from);
        char next = charAt(text, from + 1);
        if (isSpace(c)) {
            int p = from + 1;
            while (p < text.length() && isSpace(text.charAt(p))) {
                p++;
            }
            return token(Kind.SPACE, p);
        }
        if (c == '-' && next == '-') {
            // a -- comment runs to the end of the line
            int newline = text.indexOf('\n', from);
            return token(Kind.COMMENT, newline < 0 ? text.length() : newline);
        }
        if (c == '/' && next == '*') {
            commentDepth = 0;
            return openAt(Open.COMMENT, text, from + 2);
        }
        if ((c == 'b' || c == 'B' || c == 'x' || c == 'X') && next == '\'') {
            return openAt(Open.QUOTE, text, from + 2);
        }
        if ((c == 'e' || c == 'E') && next == '\'') {
            return openAt(Open.ESCAPE_QUOTE, text, from + 2);
        }
        if ((c == 'n' || c == 'N') && next == '\'') {
            return openAt(plainQuote(), text, from + 2);
        }
        if ((c == 'u' || c == 'U') && next == '&') {
            char third = charAt(text, from + 2);
            if (third == '\'') {
                return openAt(Open.QUOTE, text, from + 3);
            }
            if (third == '"') {
                return openAt(Open.DOUBLE_QUOTE, text, from + 3);
            }
            return token(Kind.SYMBOL, from + 1); // psql echoes a U before any other & as a bare character
        }
        if (c == '\'') {
            return openAt(plainQuote(), text, from + 1);
        }
        if (c == '"') {
            return openAt(Open.DOUBLE_QUOTE, text, from + 1);
        }
        if (c == '$') {
            return dollar(text, from);
        }
        if (isIdentStart(c)) {
            int p = from + 1;
            while (p < text.length() && isIdentCont(text.charAt(p))) {
                p++;
            }
            return token(Kind.WORD, p);
        }
        if (isDigit(c) || (c == '.' && isDigit(next))) {
            // one number token with any junk glued to it, so "1e5" holds no word "e5"
            int p = from + 1;
            while (p < text.length() && (isIdentCont(text.charAt(p)) || text.charAt(p) == '.')) {
                p++;
            }
            return token(Kind.NUMBER, p);
        }
        return token(Kind.SYMBOL, from + 1);
    }

    private Open plainQuote() {
        return standardConformingStrings ? Open.QUOTE : Open.ESCAPE_QUOTE;
    }

    private int openAt(Open construct, String text, int bodyFrom) {
        open = construct;
        if (bodyFrom >= text.length()) {
            kind = kindOf(construct);
            return text.length();
        }
        return continueOpen(text, bodyFrom);
    }

    private int continueOpen(String text, int from) {
        kind = kindOf(open);
        return switch (open) {
            case QUOTE -> quoted(text, from, '\'', false);
            case ESCAPE_QUOTE -> quoted(text, from, '\'', true);
            case DOUBLE_QUOTE -> quoted(text, from, '"', false);
            case DOLLAR_QUOTE -> dollarQuoted(text, from);
            case COMMENT -> comment(text, from);
            case NONE -> throw new IllegalStateException("nothing is open");
        };
    }

    private static Kind kindOf(Open construct) {
        return switch (construct) {
            case DOUBLE_QUOTE -> Kind.QUOTED_NAME;
            case COMMENT -> Kind.COMMENT;
            default -> Kind.STRING;
        };
    }

    private int quoted(String text, int from, char quote, boolean backslashEscapes) {
        int p = from;
        while (p < text.length()) {
            char c = text.charAt(p);
            if (backslashEscapes && c == '\\') {
                p = Math.min(p + 2, text.length());
            } else if (c == quote) {
                if (charAt(text, p + 1) == quote) {
                    p += 2; // a doubled quote stands for itself
                } else {
                    open = Open.NONE;
                    return p + 1;
                }
            } else {
                p++;
            }
        }
        return p;
    }

    /** $$ or $tag$ opens a dollar quote; $1 (a parameter), a $name without closing $ or a lone $ is a symbol. */
    private int dollar(String text, int from) {
        int end = dollarDelimiterEnd(text, from);
        if (end > 0) {
            dollarTag = text.substring(from, end);
            return openAt(Open.DOLLAR_QUOTE, text, end);
        }
        int p = from + 1;
        if (p < text.length() && isDigit(text.charAt(p))) {
            while (p < text.length() && isDigit(text.charAt(p))) {
                p++;
            }
        } else if (p < text.length() && isIdentStart(text.charAt(p))) {
            while (p < text.length() && isDollarTagCont(text.charAt(p))) {
                p++;
            }
        }
        return token(Kind.SYMBOL, p);
    }

    /** If a $tag$ delimiter starts at {@code at}, the index just after it, else -1. */
    private static int dollarDelimiterEnd(String text, int at) {
        int p = at + 1;
        if (p < text.length() && isIdentStart(text.charAt(p))) {
            p++;
            while (p < text.length() && isDollarTagCont(text.charAt(p))) {
                p++;
            }
        }
        return p < text.length() && text.charAt(p) == '$' ? p + 1 : -1;
    }

    private int dollarQuoted(String text, int from) {
        int p = from;
        while (p < text.length()) {
            if (text.charAt(p) != '$') {
                p++;
                continue;
            }
            int end = dollarDelimiterEnd(text, p);
            if (end > 0 && text.startsWith(dollarTag, p) && end - p == dollarTag.length()) {
                open = Open.NONE;
                dollarTag = null;
                return end;
            }
            // $junk$ is not our delimiter: step over all but its last $, which may open the real one
            p = end > 0 ? end - 1 : p + 1;
        }
        return p;
    }

    private int comment(String text, int from) {
        int p = from;
        while (p < text.length()) {
            char c = text.charAt(p);
            if (c == '/' && charAt(text, p + 1) == '*') {
                commentDepth++;
                p += 2;
            } else if (c == '*' && charAt(text, p + 1) == '/') {
                p += 2;
                if (commentDepth <= 0) {
                    open = Open.NONE;
                    return p;
                }
                commentDepth--;
            } else {
                p++;
            }
        }
        return p;
    }

    private int token(Kind found, int end) {
        kind = found;
        return end;
    }

    private static char charAt(String text, int at) {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    /** psql's isspace (the C locale): blank, tab, newline, carriage return, form feed. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** What may start a name: an ASCII letter, an underscore or any non-ASCII character. */
    public static boolean isIdentStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80;
    }

    /** What may follow in a name: also digits and {@code $}. */
    public static boolean isIdentCont(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }

    private static boolean isDollarTagCont(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
