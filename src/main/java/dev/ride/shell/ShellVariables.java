package dev.ride.shell;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * psql's variables (set, unset and gset) and the quoting psql applies when
 * they are interpolated as {@code :'name'} (libpq's PQescapeLiteral) or {@code :"name"}
 * (PQescapeIdentifier).
 */
public final class ShellVariables {

    /** psql's special variables that ride acts on: a value is checked before it is taken, as psql's hooks do. */
    static final String FETCH_COUNT = "FETCH_COUNT";
    static final String ON_ERROR_STOP = "ON_ERROR_STOP";

    /** psql 15's variables with hooks (startup.c): {@code \\gset} leaves them alone. */
    private static final Set<String> SPECIAL = Set.of("AUTOCOMMIT", ON_ERROR_STOP, "QUIET", "SINGLELINE",
            "SINGLESTEP", FETCH_COUNT, "HISTFILE", "HISTSIZE", "IGNOREEOF", "ECHO", "ECHO_HIDDEN",
            "ON_ERROR_ROLLBACK", "COMP_KEYWORD_CASE", "HISTCONTROL", "PROMPT1", "PROMPT2", "PROMPT3", "VERBOSITY",
            "SHOW_ALL_RESULTS", "SHOW_CONTEXT", "HIDE_TOAST_COMPRESSION", "HIDE_TABLEAM");

    /** psql 15's enumerated variables (startup.c's hooks) and the values each takes. */
    private static final Map<String, List<String>> ENUMS = Map.of(
            "ECHO", List.of("none", "errors", "queries", "all"),
            "ECHO_HIDDEN", List.of("on", "off", "noexec"),
            "ON_ERROR_ROLLBACK", List.of("on", "off", "interactive"),
            "COMP_KEYWORD_CASE", List.of("lower", "upper", "preserve-lower", "preserve-upper"),
            "HISTCONTROL", List.of("none", "ignorespace", "ignoredups", "ignoreboth"),
            "VERBOSITY", List.of("default", "verbose", "terse", "sqlstate"),
            "SHOW_CONTEXT", List.of("never", "errors", "always"));

    /** psql 15's Boolean variables: "\\set NAME" alone turns one on, "\\unset NAME" turns it off. */
    private static final Set<String> BOOLEANS = Set.of("AUTOCOMMIT", ON_ERROR_STOP, "QUIET", "SINGLELINE",
            "SINGLESTEP", "SHOW_ALL_RESULTS", "HIDE_TOAST_COMPRESSION", "HIDE_TABLEAM");

    /** What psql's substitute hooks give a special variable that is unset (and at start). */
    private static final Map<String, String> UNSET_VALUES = Map.ofEntries(Map.entry(FETCH_COUNT, "0"),
            Map.entry("HISTSIZE", "500"), Map.entry("IGNOREEOF", "0"), Map.entry("ECHO", "none"),
            Map.entry("ECHO_HIDDEN", "off"), Map.entry("ON_ERROR_ROLLBACK", "off"),
            Map.entry("COMP_KEYWORD_CASE", "preserve-upper"), Map.entry("HISTCONTROL", "none"),
            Map.entry("VERBOSITY", "default"), Map.entry("SHOW_CONTEXT", "errors"));

    /** Set at psql's start beyond the hooks' values (startup.c). */
    private static final Map<String, String> INITIAL = Map.of("AUTOCOMMIT", "on", "SHOW_ALL_RESULTS", "on",
            "PROMPT1", "%/%R%x%# ", "PROMPT2", "%/%R%x%# ", "PROMPT3", ">> ",
            "LAST_ERROR_MESSAGE", "", "LAST_ERROR_SQLSTATE", "00000");

    private final Map<String, String> values = new TreeMap<>();

    public ShellVariables() {
        values.putAll(UNSET_VALUES);
        BOOLEANS.forEach(name -> values.put(name, "off"));
        values.putAll(INITIAL);
    }

    /** The value of {@code name}, or null when it is not set. */
    public String get(String name) {
        return values.get(name);
    }

    /**
     * Sets {@code name}, unless it is a special variable and {@code value} is not one it takes:
     * then nothing changes and psql's message is returned.
     *
     * @return null when set, else the error to print
     */
    public String set(String name, String value) {
        if (name.equals(FETCH_COUNT) || name.equals("HISTSIZE")) {
            if (parseInteger(value) == null) {
                return "invalid value \"" + value + "\" for \"" + name + "\": integer expected";
            }
        } else if (BOOLEANS.contains(name)) {
            if (value.isEmpty()) {
                value = "on"; // psql's bool_substitute_hook: "\\set NAME" alone turns it on
            } else if (parseBoolean(value) == null) {
                return "unrecognized value \"" + value + "\" for \"" + name + "\": Boolean expected";
            }
        } else if (ENUMS.containsKey(name)) {
            List<String> allowed = ENUMS.get(name);
            boolean booleanLike = allowed.contains("on"); // ON_ERROR_ROLLBACK and ECHO_HIDDEN take booleans too
            if (value.isEmpty() && booleanLike) {
                value = "on";
            }
            if (!allowed.contains(value.toLowerCase(Locale.ROOT)) && !(booleanLike && parseBoolean(value) != null)) {
                return "unrecognized value \"" + value + "\" for \"" + name + "\"\nAvailable values are: "
                        + String.join(", ", allowed) + ".";
            }
        }
        values.put(name, value);
        return null;
    }

    /** psql's refusal of {@code \\gset} into a variable it treats specially, or null when {@code name} is ordinary. */
    public static String gsetRefusal(String name) {
        return SPECIAL.contains(name) ? "attempt to \\gset into specially treated variable \"" + name + "\" ignored" : null;
    }

    /** Removes {@code name}; a special variable goes back to its default instead, as in psql. */
    public void unset(String name) {
        if (UNSET_VALUES.containsKey(name)) {
            values.put(name, UNSET_VALUES.get(name));
        } else if (BOOLEANS.contains(name)) {
            values.put(name, "off");
        } else {
            values.remove(name);
        }
    }

    /** FETCH_COUNT's rows per batch: 0 (or less) means the whole result at once. */
    public int fetchCount() {
        Integer parsed = parseInteger(values.get(FETCH_COUNT)); // set() only takes integers
        return parsed == null ? 0 : parsed;
    }

    /**
     * psql's ParseVariableNum: C's {@code strtol(value, &end, 0)} must take the whole text and fit an
     * int, so leading blanks, a sign, {@code 0x} hex and a leading-0 octal are numbers; "" is not.
     */
    static Integer parseInteger(String value) {
        int i = 0;
        while (i < value.length() && " \t\n\r\f\u000b".indexOf(value.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < value.length() && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            negative = value.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (value.startsWith("0x", i) || value.startsWith("0X", i)) {
            if (i + 2 < value.length() && Character.digit(value.charAt(i + 2), 16) >= 0) {
                radix = 16;
                i += 2;
            }
        } else if (value.startsWith("0", i)) {
            radix = 8;
        }
        String digits = value.substring(i);
        int base = radix;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c < 0x80 && Character.digit(c, base) >= 0)) {
            return null;
        }
        try {
            long parsed = negative ? -Long.parseLong(digits, base) : Long.parseLong(digits, base);
            return parsed == (int) parsed ? (int) parsed : null;
        } catch (NumberFormatException outOfRange) {
            return null;
        }
    }

    /**
     * psql's ParseVariableBool: unique prefixes of true/false and yes/no, on/off (at least two
     * letters), 1/0, any case; null if the text is none of them. Variables and {@code \\pset} share it.
     */
    public static Boolean parseBoolean(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        int len = v.length();
        if (len > 0 && "true".startsWith(v)) {
            return true;
        }
        if (len > 0 && "false".startsWith(v)) {
            return false;
        }
        if (len > 0 && "yes".startsWith(v)) {
            return true;
        }
        if (len > 0 && "no".startsWith(v)) {
            return false;
        }
        if (len >= 2 && "on".startsWith(v)) {
            return true;
        }
        if (len >= 2 && "off".startsWith(v)) {
            return false;
        }
        if (v.equals("1")) {
            return true;
        }
        if (v.equals("0")) {
            return false;
        }
        return null;
    }

    /** {@code \\set} without arguments: every variable as {@code NAME = 'value'}, sorted. */
    public String listing() {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(name).append(" = '").append(value).append("'\n"));
        return text.toString();
    }

    /** A boolean variable such as ON_ERROR_STOP: set and not false/off/0. */
    public boolean isOn(String name) {
        String value = values.get(name);
        if (value == null) {
            return false;
        }
        Boolean parsed = parseBoolean(value);
        return parsed == null || parsed;
    }

    /** psql's rule for variable names: letters, digits and underscores (and any non-ASCII byte). */
    public static boolean validName(String name) {
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
}
