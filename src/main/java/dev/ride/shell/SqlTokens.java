package dev.ride.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * A small SQL lexer for the comforts of the prompt (completion, highlighting): it knows strings,
 * quoted names, dollar quotes and comments, and nothing of grammar. It never fails: half-typed text
 * gives its best guess.
 */
public final class SqlTokens {

    public enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, COMMENT, SYMBOL, SPACE }

    public record Token(Kind kind, int start, int end) {
        public String text(String source) {
            return source.substring(start, end);
        }
    }

    private SqlTokens() {
    }

    public static List<Token> tokens(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            Kind kind;
            if (Character.isWhitespace(c)) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                kind = Kind.SPACE;
            } else if (s.startsWith("--", i)) {
                i = lineEnd(s, i);
                kind = Kind.COMMENT;
            } else if (s.startsWith("/*", i)) {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? s.length() : close + 2;
                kind = Kind.COMMENT;
            } else if (c == '\'' || ((c == 'E' || c == 'e') && i + 1 < s.length() && s.charAt(i + 1) == '\'')) {
                i = quoted(s, c == '\'' ? i : i + 1, '\'', c != '\'');
                kind = Kind.STRING;
            } else if (c == '"') {
                i = quoted(s, i, '"', false);
                kind = Kind.QUOTED_NAME;
            } else if (c == '$' && dollarTag(s, i) != null) {
                String tag = dollarTag(s, i);
                int close = s.indexOf(tag, i + tag.length());
                i = close < 0 ? s.length() : close + tag.length();
                kind = Kind.STRING;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.'
                        || s.charAt(i) == '_')) {
                    i++;
                }
                kind = Kind.NUMBER;
            } else if (isNameStart(c)) {
                while (i < s.length() && isNamePart(s.charAt(i))) {
                    i++;
                }
                kind = Kind.WORD;
            } else {
                i++;
                kind = Kind.SYMBOL;
            }
            tokens.add(new Token(kind, start, i));
        }
        return tokens;
    }

    /**
     * The words of {@code s} with comments and blanks left out; a dotted name ({@code public.orders})
     * is one word, symbols are words of their own.
     */
    public static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        boolean glue = false;
        for (Token token : tokens(s)) {
            if (token.kind() == Kind.SPACE || token.kind() == Kind.COMMENT) {
                glue = false;
                continue;
            }
            String text = token.text(s);
            boolean name = token.kind() == Kind.WORD || token.kind() == Kind.QUOTED_NAME;
            if ((glue && (name || text.equals("."))) && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + text);
            } else {
                words.add(text);
            }
            glue = name || text.equals(".");
        }
        return words;
    }

    /** Where the statement-ending semicolons are (not those inside strings, names or comments). */
    public static List<Integer> semicolons(String s) {
        List<Integer> at = new ArrayList<>();
        for (Token token : tokens(s)) {
            if (token.kind() == Kind.SYMBOL && s.charAt(token.start()) == ';') {
                at.add(token.start());
            }
        }
        return at;
    }

    public static boolean isName(String word) {
        return !word.isEmpty() && (isNameStart(word.charAt(0)) || word.charAt(0) == '"');
    }

    static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    public static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static int lineEnd(String s, int i) {
        int newline = s.indexOf('\n', i);
        return newline < 0 ? s.length() : newline;
    }

    private static int quoted(String s, int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** "$$" or "$tag$" starting at {@code i}, else null. */
    private static String dollarTag(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(s.charAt(i + 1)))) {
            return s.substring(i, j + 1);
        }
        return null;
    }
}
