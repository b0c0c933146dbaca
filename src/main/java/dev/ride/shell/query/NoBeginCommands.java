package dev.ride.shell.query;

import java.util.Locale;

/**
 * The statements before which AUTOCOMMIT off sends no BEGIN (psql 15's command_no_begin): the
 * transaction commands themselves (ABORT, BEGIN, START, COMMIT, END, ROLLBACK, PREPARE
 * TRANSACTION) and the ones the server refuses inside a transaction block (VACUUM, CLUSTER without
 * arguments, CREATE/DROP DATABASE and TABLESPACE, CREATE [UNIQUE] INDEX CONCURRENTLY, DROP INDEX
 * CONCURRENTLY, REINDEX [TABLE|INDEX] CONCURRENTLY, REINDEX DATABASE/SYSTEM, ALTER SYSTEM, DISCARD
 * ALL). Like psql it looks at the first words only, after blanks and comments.
 */
public final class NoBeginCommands {

    private NoBeginCommands() {
    }

    public static boolean matches(String sql) {
        Words words = new Words(sql);
        String first = words.next();
        switch (first) {
            case "abort", "begin", "start", "commit", "end", "rollback", "vacuum":
                return true;
            case "prepare":
                return words.next().equals("transaction");
            case "cluster":
                return !words.startsWithLetter(); // CLUSTER with arguments runs in a transaction
            case "create":
                return create(words);
            case "alter":
                return words.next().equals("system");
            case "drop", "reindex":
                return dropOrReindex(words);
            case "discard":
                return words.next().equals("all");
            default:
                return false;
        }
    }

    private static boolean create(Words words) {
        String object = words.next();
        if (object.equals("database") || object.equals("tablespace")) {
            return true;
        }
        if (object.equals("unique")) {
            object = words.next();
        }
        return object.equals("index") && words.next().equals("concurrently");
    }

    private static boolean dropOrReindex(Words words) {
        String object = words.next();
        if (object.equals("database") || object.equals("system") || object.equals("tablespace")) {
            return true;
        }
        return (object.equals("index") || object.equals("table")) && words.next().equals("concurrently");
    }

    /** The leading words of a statement, lower-cased, skipping blanks and comments as psql's skip_white_space. */
    private static final class Words {
        private final String text;
        private int at;

        Words(String text) {
            this.text = text;
        }

        /** The next run of ASCII letters ("" when the next thing is not a letter). */
        String next() {
            skipBlanks();
            int start = at;
            while (at < text.length() && isLetter(text.charAt(at))) {
                at++;
            }
            return text.substring(start, at).toLowerCase(Locale.ROOT);
        }

        boolean startsWithLetter() {
            skipBlanks();
            return at < text.length() && isLetter(text.charAt(at));
        }

        private static boolean isLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private void skipBlanks() {
            int nesting = 0;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (Character.isWhitespace(c) && c < 0x80) {
                    at++;
                } else if (text.startsWith("/*", at)) {
                    nesting++;
                    at += 2;
                } else if (nesting > 0 && text.startsWith("*/", at)) {
                    nesting--;
                    at += 2;
                } else if (nesting == 0 && text.startsWith("--", at)) {
                    int newline = text.indexOf('\n', at);
                    at = newline < 0 ? text.length() : newline + 1;
                } else if (nesting > 0) {
                    at++;
                } else {
                    return;
                }
            }
        }
    }
}
