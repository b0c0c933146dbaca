package dev.ride.shell.complete;

import dev.ride.shell.ShellHost;
import dev.ride.shell.ShellSession;
import dev.ride.sql.SqlTokens;
import dev.ride.shell.meta.CommandTable;
import dev.ride.shell.query.StatementTables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion, pgcli's way: a look at the words before the cursor decides what fits there,
 * then small catalog lookups ({@link CompletionCatalog}) fetch the candidates. Backslash commands
 * (from the command table), the drill's ':' commands, databases after {@code \c}; tables after
 * FROM, JOIN, UPDATE, INTO, TABLE and {@code \d}; {@code schema.} followed by its tables;
 * {@code alias.} or {@code table.} followed by its columns; elsewhere the columns of the
 * statement's tables, functions, tables and keywords.
 */
public final class ShellCompleter implements Completer {

    private static final List<String> TABLE_CONTEXT = List.of("from", "join", "update", "into", "table");

    private final ShellSession session;
    private final CompletionCatalog catalog;

    public ShellCompleter(ShellSession session, CompletionCatalog catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        catalog.useDatabase(session.currentDatabase());
        String buffer = line.line();
        int cursor = line.cursor();
        String jlineWord = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        String lineBefore = buffer.substring(buffer.lastIndexOf('\n', cursor - 1) + 1, cursor - jlineWord.length())
                .stripLeading();
        if (jlineWord.startsWith("\\")) {
            for (String command : CommandTable.completions()) {
                candidates.add(new Candidate(command, command, "commands", null, null, null, true));
            }
            return;
        }
        if (lineBefore.isEmpty() && jlineWord.startsWith(":")) {
            for (ShellHost.CommandHelp colon : session.colonCommands()) {
                candidates.add(new Candidate(colon.name(), colon.name(), "drill", colon.description(), null, null,
                        true));
            }
            return;
        }
        // JLine's word runs from the last blank; the name being completed may start later ("count(cu").
        int nameStart = jlineWord.length();
        while (nameStart > 0 && (SqlTokens.isNamePart(jlineWord.charAt(nameStart - 1))
                || jlineWord.charAt(nameStart - 1) == '.' || jlineWord.charAt(nameStart - 1) == '"')) {
            nameStart--;
        }
        String lead = jlineWord.substring(0, nameStart);
        String name = jlineWord.substring(nameStart);
        String command = lineBefore.split("\\s+", 2)[0];
        if (command.equals("\\c") || command.equals("\\connect")) {
            catalog.databases(name).forEach(db -> candidates.add(new Candidate(db)));
            return;
        }
        Map<String, Candidate> found = new LinkedHashMap<>();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String qualifier = name.substring(0, dot);
            String prefix = name.substring(dot + 1);
            String table = StatementTables.around(buffer, cursor).tableFor(qualifier);
            if (table != null) {
                for (String column : catalog.columns(List.of(table), prefix)) {
                    add(found, candidate(lead + qualifier + "." + column, column, "columns", true));
                }
            }
            for (String relation : catalog.relations(qualifier, prefix)) {
                add(found, candidate(lead + qualifier + "." + relation, relation, "tables", true));
            }
            candidates.addAll(found.values());
            return;
        }
        boolean tablesOnly = command.startsWith("\\d") || TABLE_CONTEXT.contains(previousWord(buffer, cursor - name.length()));
        if (!tablesOnly && !command.startsWith("\\")) {
            StatementTables statement = StatementTables.around(buffer, cursor);
            for (String column : catalog.columns(statement.tables(), name)) {
                add(found, candidate(lead + column, column, "columns", true));
            }
        }
        for (String relation : catalog.relations(null, name)) {
            add(found, candidate(lead + relation, relation, "tables", true));
        }
        for (String schema : catalog.schemas(name)) {
            add(found, candidate(lead + schema + ".", schema + ".", "schemas", false));
        }
        if (!tablesOnly && !command.startsWith("\\")) {
            for (String function : catalog.functions(name)) {
                add(found, candidate(lead + function, function + "()", "functions", true));
            }
            boolean lower = !name.isEmpty() && name.equals(name.toLowerCase(Locale.ROOT));
            for (String keyword : SqlKeywords.ALL) {
                String shown = lower ? keyword.toLowerCase(Locale.ROOT) : keyword;
                add(found, candidate(lead + shown, shown, "keywords", true));
            }
        }
        candidates.addAll(found.values());
    }

    /** The first candidate for a value wins (a column before a table of the same name). */
    private static void add(Map<String, Candidate> found, Candidate candidate) {
        found.putIfAbsent(candidate.value(), candidate);
    }

    private static Candidate candidate(String value, String display, String group, boolean complete) {
        return new Candidate(value, display, group, null, null, null, complete);
    }

    /** The word before the one being completed, lower-cased ("" at the start). */
    private static String previousWord(String buffer, int end) {
        List<String> words = SqlTokens.words(buffer.substring(0, Math.max(0, end)));
        if (words.isEmpty()) {
            return "";
        }
        String last = words.get(words.size() - 1);
        if (last.equals(",") && words.size() >= 2) {
            // "FROM a, <Tab>": still a table list when a FROM comes before the comma
            for (int i = words.size() - 2; i >= 0; i--) {
                String w = words.get(i).toLowerCase(Locale.ROOT);
                if (w.equals("from")) {
                    return "from";
                }
                if (!SqlTokens.isName(words.get(i)) && !words.get(i).equals(",") || SqlKeywords.isKeyword(w)) {
                    break;
                }
            }
        }
        return last.toLowerCase(Locale.ROOT);
    }
}
