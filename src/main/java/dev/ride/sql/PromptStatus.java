package dev.ride.sql;

/**
 * Why the shell is waiting for more input: psql's {@code %R} character in PROMPT2, so that a
 * continuation line reads {@code tenant_a'#} inside a quoted string, {@code tenant_a(#} inside
 * parentheses, and so on.
 */
public enum PromptStatus {
    /** Nothing collected: the normal prompt ({@code =}). */
    READY('='),
    /** A statement is in progress ({@code -}). */
    CONTINUE('-'),
    /** Inside a '...' string ({@code '}). */
    SINGLE_QUOTE('\''),
    /** Inside a "..." identifier ({@code "}). */
    DOUBLE_QUOTE('"'),
    /** Inside a $tag$...$tag$ string ({@code $}). */
    DOLLAR_QUOTE('$'),
    /** Inside a slash-star comment ({@code *}). */
    COMMENT('*'),
    /** Inside unclosed parentheses ({@code (}). */
    PAREN('(');

    private final char symbol;

    PromptStatus(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }
}
