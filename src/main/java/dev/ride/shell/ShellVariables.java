package dev.ride.shell;

import java.util.Map;
import java.util.TreeMap;

/**
 * psql's variables (set, unset and gset) and the quoting psql applies when
 * they are interpolated as {@code :'name'} (libpq's PQescapeLiteral) or {@code :"name"}
 * (PQescapeIdentifier).
 */
final class ShellVariables {

    private final Map<String, String> values = new TreeMap<>();

    String get(String name) {
        return values.get(name);
    }

    void set(String name, String value) {
        values.put(name, value);
    }

    void unset(String name) {
        values.remove(name);
    }

    /** {@code \\set} without arguments: every variable as {@code NAME = 'value'}, sorted. */
    String listing() {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(name).append(" = '").append(value).append("'\n"));
        return text.toString();
    }

    /** A boolean variable such as ON_ERROR_STOP: set and not false/off/0. */
    boolean isOn(String name) {
        String value = values.get(name);
        if (value == null) {
            return false;
        }
        Boolean parsed = CommandTable.Pset.parseBoolean(value);
        return parsed == null || parsed;
    }

    /** psql's rule for variable names: letters, digits and underscores (and any non-ASCII byte). */
    static boolean validName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 0x80) && c != '_' && c < 0x80) {
                return false;
            }
        }
        return true;
    }

    /** PQescapeLiteral: quotes doubled; with a backslash, an E'' literal with backslashes doubled. */
    static String quoteLiteral(String value) {
        boolean backslash = value.indexOf('\\') >= 0;
        StringBuilder out = new StringBuilder(value.length() + 4);
        if (backslash) {
            out.append(" E");
        }
        out.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append(c);
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }

    /** PQescapeIdentifier: always double-quoted, quotes doubled. */
    static String quoteIdentifier(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
