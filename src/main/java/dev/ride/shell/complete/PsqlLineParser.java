package dev.ride.shell.complete;

import dev.ride.sql.PromptStatus;
import dev.ride.shell.ShellSession;
import dev.ride.sql.StatementSplitter;
import dev.ride.sql.StatementSplitter.EndOfLine;
import dev.ride.sql.StatementSplitter.MetaCommand;
import java.util.Locale;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine when the learner has finished typing: Enter inside an unfinished statement adds a
 * line (with psql's continuation prompt, {@code tenant_a-#}, {@code tenant_a'#} ...) instead of
 * running it, so a multi-line statement is edited, and kept in history, as one entry. A line with
 * a backslash command runs at once, as in psql.
 */
public final class PsqlLineParser implements Parser {

    private final ShellSession session;
    private final DefaultParser words = new DefaultParser().escapeChars(new char[0]);

    public PsqlLineParser(ShellSession session) {
        this.session = session;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
        if (context == ParseContext.SECONDARY_PROMPT) {
            throw new EOFError(-1, -1, "continuation", session.prompt(statusAfter(stripLastNewline(line))));
        }
        if (context == ParseContext.ACCEPT_LINE && !isComplete(line)) {
            throw new EOFError(-1, -1, "statement continues", session.prompt(statusAfter(line)));
        }
        return words.parse(line, cursor, ParseContext.COMPLETE);
    }

    /** True when Enter should hand the typed text to the shell. */
    boolean isComplete(String buffer) {
        if (session.copyInProgress()) {
            return true;
        }
        StatementSplitter splitter = session.consoleSplitterCopy();
        String[] lines = buffer.split("\n", -1);
        if (!splitter.inProgress() && (buffer.isBlank() || buffer.startsWith(":"))) {
            return true;
        }
        if (isAssistanceWord(lines[lines.length - 1])) {
            return true;
        }
        boolean lastLineRanMetaCommand = false;
        for (String line : lines) {
            splitter.feedLine(line);
            lastLineRanMetaCommand = false;
            for (var scan = splitter.next(); !(scan instanceof EndOfLine); scan = splitter.next()) {
                if (scan instanceof MetaCommand) {
                    lastLineRanMetaCommand = true;
                }
            }
        }
        return lastLineRanMetaCommand || !splitter.inProgress();
    }

    private PromptStatus statusAfter(String buffer) {
        StatementSplitter splitter = session.consoleSplitterCopy();
        for (String line : buffer.split("\n", -1)) {
            splitter.feedLine(line);
            while (!(splitter.next() instanceof EndOfLine)) {
                // only the state after the line matters
            }
        }
        return splitter.promptStatus();
    }

    private static String stripLastNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** psql's "help", "quit" and "exit", which act (or answer) as soon as they are typed. */
    private static boolean isAssistanceWord(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (word.endsWith(";")) {
            word = word.substring(0, word.length() - 1).strip();
        }
        return line.length() >= 4 && !Character.isWhitespace(line.charAt(0))
                && (word.equals("help") || word.equals("quit") || word.equals("exit"));
    }
}
