package dev.ride.shell.query;

import dev.ride.sql.SqlTokens;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What psql's is_select_command sees in a query buffer: the first word after blanks, comments
 * and left parentheses. Also whether the buffer holds one statement (only blanks and comments
 * after its semicolon), which the streamed and batched paths need.
 */
public final class SelectCommand {

    private SelectCommand() {
    }

    /** psql's is_select_command: SELECT or VALUES. */
    static boolean isSelect(String sql) {
        String word = firstWord(sql);
        return word.equals("select") || word.equals("values");
    }

    /** The first word in lower case, "" when the buffer starts with something else. */
    static String firstWord(String sql) {
        for (SqlTokens.Token token : SqlTokens.tokens(sql)) {
            if (token.kind() == SqlTokens.Kind.SPACE || token.kind() == SqlTokens.Kind.COMMENT) {
                continue;
            }
            String text = token.text(sql);
            if (text.equals("(")) {
                continue;
            }
            return token.kind() == SqlTokens.Kind.WORD ? text.toLowerCase(Locale.ROOT) : "";
        }
        return "";
    }

    /** The words a WITH query's own statement, after its common table expressions, can start with. */
    private static final Set<String> STATEMENTS =
            Set.of("select", "values", "table", "insert", "update", "delete", "merge");

    /**
     * The first word of the statement that makes the result: {@link #firstWord}, except that for a
     * WITH query it is the word after its common table expressions ({@code with x as (...) insert
     * ...} gives "insert"), found as the first statement word outside their parentheses.
     */
    static String mainWord(String sql) {
        String first = firstWord(sql);
        if (!first.equals("with")) {
            return first;
        }
        int depth = 0;
        int withDepth = -1;
        for (SqlTokens.Token token : SqlTokens.tokens(sql)) {
            String text = token.text(sql);
            if (token.kind() == SqlTokens.Kind.SYMBOL) {
                depth += text.equals("(") ? 1 : text.equals(")") ? -1 : 0;
            } else if (token.kind() == SqlTokens.Kind.WORD) {
                String word = text.toLowerCase(Locale.ROOT);
                if (withDepth < 0) {
                    withDepth = depth; // the WITH itself
                } else if (depth == withDepth && STATEMENTS.contains(word)) {
                    return word;
                }
            }
        }
        return first;
    }

    /** True when nothing but blanks and comments follows the first statement-ending semicolon. */
    static boolean oneStatement(String sql) {
        List<SqlTokens.Token> tokens = SqlTokens.tokens(sql);
        boolean ended = false;
        for (SqlTokens.Token token : tokens) {
            if (token.kind() == SqlTokens.Kind.SPACE || token.kind() == SqlTokens.Kind.COMMENT) {
                continue;
            }
            if (ended) {
                return false;
            }
            ended = token.kind() == SqlTokens.Kind.SYMBOL && sql.charAt(token.start()) == ';';
        }
        return true;
    }
}
