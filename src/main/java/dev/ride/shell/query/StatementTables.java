package dev.ride.shell.query;

import dev.ride.sql.SqlTokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables a statement names, read from its words with no database: the targets of FROM
 * (comma lists too), JOIN, UPDATE, INSERT INTO, ALTER TABLE, TABLE, and the aliases they are given
 * ({@code FROM orders o}), so completion can offer their columns. Works on half-typed text; the
 * statement is the one around the cursor (the text between the semicolons around it).
 */
public record StatementTables(List<String> tables, Map<String, String> aliases) {

    private static final List<String> TABLE_WORDS = List.of("from", "join", "update", "into", "table");

    /** Words that end a table reference, so "FROM t WHERE" does not take WHERE as t's alias. */
    private static final List<String> NOT_ALIASES = List.of("where", "join", "inner", "left", "right", "full",
            "cross", "natural", "on", "using", "group", "order", "limit", "offset", "having", "window", "union",
            "intersect", "except", "set", "values", "select", "returning", "default", "add", "drop", "alter",
            "rename", "owner", "only", "if", "exists", "not", "as", "for", "fetch", "lateral", "tablesample");

    /** The statement around {@code cursor} in {@code buffer}. */
    public static StatementTables around(String buffer, int cursor) {
        List<String> words = SqlTokens.words(currentStatement(buffer, cursor));
        List<String> tables = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            if (!TABLE_WORDS.contains(word)) {
                continue;
            }
            int j = i + 1;
            while (j < words.size()) {
                j = skip(words, j, "only", "if", "exists", "lateral");
                if (j >= words.size() || !SqlTokens.isName(words.get(j))) {
                    break;
                }
                String table = words.get(j++);
                tables.add(table);
                if (j < words.size() && words.get(j).equalsIgnoreCase("as")) {
                    j++;
                }
                if (j < words.size() && SqlTokens.isName(words.get(j))
                        && !NOT_ALIASES.contains(words.get(j).toLowerCase(Locale.ROOT))) {
                    aliases.put(words.get(j++), table);
                }
                if (!word.equals("from") || j >= words.size() || !words.get(j).equals(",")) {
                    break;
                }
                j++;
            }
        }
        return new StatementTables(tables, aliases);
    }

    /** The table a qualifier ("o" in "o.id") stands for: an alias, or a table named as such. */
    public String tableFor(String qualifier) {
        String aliased = aliases.get(qualifier);
        if (aliased != null) {
            return aliased;
        }
        for (String table : tables) {
            if (table.equals(qualifier) || table.endsWith("." + qualifier)) {
                return table;
            }
        }
        return null;
    }

    private static int skip(List<String> words, int at, String... noise) {
        while (at < words.size() && List.of(noise).contains(words.get(at).toLowerCase(Locale.ROOT))) {
            at++;
        }
        return at;
    }

    private static String currentStatement(String buffer, int cursor) {
        int start = 0;
        int end = buffer.length();
        for (int semicolon : SqlTokens.semicolons(buffer)) {
            if (semicolon < cursor) {
                start = semicolon + 1;
            } else {
                end = semicolon;
                break;
            }
        }
        return buffer.substring(start, end);
    }
}
