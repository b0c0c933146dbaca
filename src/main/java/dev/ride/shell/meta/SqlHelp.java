package dev.ride.shell.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * psql 15's {@code \h}: the list of SQL commands, or the syntax of the commands a topic names,
 * laid out as psql's helpSQL (help.c) lays them out and matched as it matches them.
 *
 * <p>The synopses and URLs are PostgreSQL's (the documentation's reference pages, as psql 15
 * prints them), kept in {@code sql-help.tsv}, which scripts/sql-help/extract.sh writes from the
 * installed psql; the one-line descriptions are ride's own, in {@code sql-help-descriptions.tsv}.
 */
final class SqlHelp {

    /** One command of psql's list. */
    record Entry(String name, String description, String synopsis, String url) { }

    /** psql's width when stdout is not a terminal (its ioctl fails). */
    static final int DEFAULT_WIDTH = 80;

    private static final List<Entry> ENTRIES = load();
    /** psql's QL_MAX_CMD_LEN: the longest command name, which sets the column width. */
    private static final int MAX_NAME = ENTRIES.stream().mapToInt(e -> e.name().length()).max().orElse(0);

    private SqlHelp() {
    }

    static List<Entry> entries() {
        return ENTRIES;
    }

    /**
     * The text psql prints for {@code \h TOPIC}, each line ending in a newline.
     *
     * @param argument the rest of the command's line, as typed
     * @param screenWidth the terminal's width, or 0 when the output is not a terminal
     */
    static String help(String argument, int screenWidth) {
        String topic = topic(argument);
        return topic.isEmpty() ? list(screenWidth > 0 ? screenWidth : DEFAULT_WIDTH) : syntax(topic);
    }

    /**
     * psql reads the argument as a whole line without its leading spaces, then drops trailing
     * spaces and semicolons (exec_command_help), so {@code \h select;} works.
     */
    static String topic(String argument) {
        int start = 0;
        int end = argument.length();
        while (start < end && Character.isWhitespace(argument.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(argument.charAt(end - 1)) || argument.charAt(end - 1) == ';')) {
            end--;
        }
        return argument.substring(start, end);
    }

    /** "Available help:" and the names in columns, filled top to bottom, as many as fit the width. */
    static String list(int screenWidth) {
        int count = ENTRIES.size();
        int columns = Math.max((screenWidth - 3) / (MAX_NAME + 1), 1);
        int rows = (count + columns - 1) / columns;
        StringBuilder out = new StringBuilder("Available help:\n");
        for (int row = 0; row < rows; row++) {
            out.append("  ");
            int column = 0;
            for (; column < columns - 1; column++) {
                String name = nameAt(row + column * rows);
                out.append(name).append(" ".repeat(MAX_NAME + 1 - name.length()));
            }
            out.append(nameAt(row + column * rows)).append('\n');
        }
        return out.toString();
    }

    private static String nameAt(int index) {
        return index < ENTRIES.size() ? ENTRIES.get(index).name() : "";
    }

    /**
     * psql's three passes: the whole topic as a prefix of command names, then its first two
     * words, then its first word; the first pass that matches anything is printed. An exact
     * name stops the list there ("\h SELECT" is not followed by SELECT INTO). The word scanning
     * copies help.c's, so "\h alter  table" (two spaces) matches as "alter " does.
     */
    private static String syntax(String topic) {
        int len = topic.length();
        for (int pass = 1; pass <= 3; pass++) {
            if (pass > 1) {
                int wordLength = 1;
                int j = 1;
                while (j < len && topic.charAt(j++) != ' ') {
                    wordLength++;
                }
                if (pass == 2 && j < len) {
                    wordLength++;
                    while (j < len && topic.charAt(j++) != ' ') {
                        wordLength++;
                    }
                }
                if (wordLength >= len) {
                    continue; // the topic did not get shorter: try the next pass
                }
                len = wordLength;
            }
            StringBuilder out = new StringBuilder();
            for (Entry entry : ENTRIES) {
                if (topic.equals("*") || startsWithIgnoringCase(entry.name(), topic, len)) {
                    out.append("Command:     ").append(entry.name()).append('\n')
                            .append("Description: ").append(entry.description()).append('\n')
                            .append("Syntax:\n").append(entry.synopsis()).append("\n\n")
                            .append("URL: ").append(entry.url()).append("\n\n");
                    if (entry.name().equalsIgnoreCase(topic)) {
                        break;
                    }
                }
            }
            if (!out.isEmpty()) {
                return out.toString();
            }
        }
        return "No help available for \"" + topic + "\".\nTry \\h with no arguments to see available help.\n";
    }

    /** pg_strncasecmp(topic, name, len) == 0: ASCII letters fold, a shorter name never matches. */
    private static boolean startsWithIgnoringCase(String name, String topic, int len) {
        if (name.length() < len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (asciiLower(name.charAt(i)) != asciiLower(topic.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static List<Entry> load() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (String[] fields : rows("sql-help-descriptions.tsv", 2)) {
            descriptions.put(fields[0], fields[1]);
        }
        List<Entry> entries = new ArrayList<>();
        for (String[] fields : rows("sql-help.tsv", 3)) {
            String description = descriptions.get(fields[0]);
            if (description == null) {
                throw new IllegalStateException("sql-help-descriptions.tsv has no description of " + fields[0]);
            }
            entries.add(new Entry(fields[0], description, unescape(fields[2]), fields[1]));
        }
        return List.copyOf(entries);
    }

    private static List<String[]> rows(String resource, int fields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SqlHelp.class.getResourceAsStream("/dev/ride/shell/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/ride/shell/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length != fields) {
                    throw new IllegalStateException(resource + ": expected " + fields + " fields: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The synopsis column's escapes, as extract.sh writes them: \\n, \\t and \\\\. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
