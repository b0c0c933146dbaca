package dev.ride.sql;

import java.util.Arrays;
import java.util.Locale;

/**
 * psql's heuristic for SQL-standard routine bodies: in {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE
 * ... BEGIN ATOMIC ... END} the semicolons between BEGIN and END do not end the statement. Like
 * psqlscan.l it looks at the first identifiers of the statement, then counts BEGIN, CASE (inside
 * a body, because CASE also ends with END) and END outside parentheses.
 */
final class RoutineBody {

    /** How many BEGIN (and CASE inside them) are open. */
    private int depth;
    private int identifierCount;
    /** The first letters of the statement's first identifiers, when they are create/or/replace/function/procedure. */
    private final char[] identifiers = new char[4];

    RoutineBody copy() {
        RoutineBody copy = new RoutineBody();
        copy.depth = depth;
        copy.identifierCount = identifierCount;
        System.arraycopy(identifiers, 0, copy.identifiers, 0, identifiers.length);
        return copy;
    }

    /** True inside a body: a semicolon here does not end the statement. */
    boolean inside() {
        return depth > 0;
    }

    /** A statement ends (or {@code \;} passed): the next identifier is a statement's first again. */
    void statementEnded() {
        identifierCount = 0;
    }

    void reset() {
        depth = 0;
        identifierCount = 0;
    }

    /** An identifier or keyword of the statement; {@code inParentheses} when inside ( ). */
    void word(String word, boolean inParentheses) {
        if (identifierCount == 0) {
            Arrays.fill(identifiers, '\0');
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("create") || lower.equals("function") || lower.equals("procedure")
                || lower.equals("or") || lower.equals("replace")) {
            if (identifierCount < identifiers.length) {
                identifiers[identifierCount] = lower.charAt(0);
            }
        }
        identifierCount++;
        boolean routine = identifiers[0] == 'c'
                && (identifiers[1] == 'f' || identifiers[1] == 'p'
                || (identifiers[1] == 'o' && identifiers[2] == 'r'
                && (identifiers[3] == 'f' || identifiers[3] == 'p')));
        if (routine && !inParentheses) {
            switch (lower) {
                case "begin" -> depth++;
                case "case" -> {
                    if (depth >= 1) {
                        depth++;
                    }
                }
                case "end" -> {
                    if (depth > 0) {
                        depth--;
                    }
                }
                default -> { }
            }
        }
    }
}
