package dev.ride.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole text as tokens, for the comforts of the prompt (completion, highlighting, what kind of
 * statement a buffer holds). The tokens come from {@link SqlLexer}, the same scanner that splits
 * statements, so both agree on what is a string, a name or a comment. Never fails: half-typed text
 * gives its best guess (an unclosed string runs to the end).
 */
public final class SqlTokens {

    public enum Kind {
        /** Blanks (psql's isspace). */
        SPACE,
        /** A {@code --} comment or a (nested) block comment. */
        COMMENT,
        /** Any quoted string: '...', E'...', B'...', X'...', N'...', U&amp;'...', $tag$...$tag$. */
        STRING,
        /** "..." or U&amp;"...". */
        QUOTED_NAME,
        /** A keyword or unquoted name. */
        WORD,
        /** A number, with whatever letters are glued to it. */
        NUMBER,
        /** One character of anything else, or a {@code $} with the digits or name glued to it. */
        SYMBOL
    }

    public record Token(Kind kind, int start, int end) {
        public String text(String source) {
            return source.substring(start, end);
        }
    }

    private SqlTokens() {
    }

    public static List<Token> tokens(String s) {
        List<Token> tokens = new ArrayList<>();
        SqlLexer lexer = new SqlLexer();
        int i = 0;
        while (i < s.length()) {
            int end = lexer.scan(s, i);
            tokens.add(new Token(lexer.kind(), i, end));
            i = end;
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

    /** Where the semicolons are that are not inside strings, names or comments. */
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

    public static boolean isNameStart(char c) {
        return SqlLexer.isIdentStart(c);
    }

    public static boolean isNamePart(char c) {
        return SqlLexer.isIdentCont(c);
    }
}
