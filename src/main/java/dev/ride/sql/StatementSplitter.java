package dev.ride.sql;

import dev.ride.sql.SqlTokens.Kind;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cuts input lines into SQL statements and backslash meta-commands the way psql 15 does
 * (its {@code psqlscan.l} lexer plus the line handling of {@code MainLoop}). No I/O: the caller
 * feeds one line at a time and pulls {@link Scan}s until {@link EndOfLine}. Tokens come from
 * {@link SqlLexer}; this class adds what psql adds on top: statement ends, parentheses,
 * {@code BEGIN ATOMIC} bodies ({@link RoutineBody}), psql variables and meta-commands.
 *
 * <p>What psql does and this class copies, because the server sees exactly the same text:
 * <ul>
 *   <li>a statement ends at a {@code ;} outside quotes, comments and parentheses (and outside a
 *       {@code BEGIN ... END} block of {@code CREATE FUNCTION ... BEGIN ATOMIC}); the {@code ;}
 *       is part of the statement sent;</li>
 *   <li>whitespace and {@code --} comments before the first real token are dropped; later ones are
 *       kept; lines are joined with {@code \n}; empty lines are skipped unless inside a quote;</li>
 *   <li>an unquoted backslash starts a meta-command that runs to the end of the line or to the
 *       next unquoted backslash; {@code \\} ends it and SQL continues; {@code \;} puts a
 *       {@code ;} into the statement without ending it;</li>
 *   <li>a line that holds only a meta-command leaves the statement being typed unchanged.</li>
 * </ul>
 *
 * <p>Over 400 lines because psql's line handling is one state machine (statement, meta-command,
 * variable expansion, prompt state) whose parts read each other's state; the lexing itself and the
 * {@code BEGIN ATOMIC} counting already live apart, and about a third of the file is comments.
 *
 * <p>Each statement also says where it came from ({@link Position}: the line counted by
 * {@link #feedLine}, the column in it), so a caller reading a file can name the file's lines.
 */
public final class StatementSplitter {

    /** What the splitter found next in the current line. */
    public sealed interface Scan permits Statement, MetaCommand, EndOfLine { }

    /**
     * A place in the input: {@code line} counts the lines fed (the first is 1), {@code column} is
     * the index in that line. After a {@code :name} was replaced, columns of that line count in
     * the replaced text.
     */
    public record Position(int line, int column) { }

    /**
     * A complete statement, exactly as psql would send it (with its terminating {@code ;}).
     *
     * @param start     where its first character (kept comments included) was in the input
     * @param end       just after its last character
     * @param tokenLine the line of its first token that is no comment, 0 when it has none (a lone
     *                  {@code ;} or only comments, which psql sends but a script may skip)
     */
    public record Statement(String sql, Position start, Position end, int tokenLine) implements Scan { }

    /**
     * A backslash command: {@code name} without the backslash (e.g. {@code dt+}) and the raw text
     * of its arguments, quotes still in place. The statement collected so far stays available
     * through {@link #queryBuffer()} for commands such as {@code \g} that send it.
     */
    public record MetaCommand(String name, String arguments) implements Scan { }

    /** The current line is used up. */
    public record EndOfLine() implements Scan { }

    private static final EndOfLine END_OF_LINE = new EndOfLine();

    private final SqlLexer lexer;
    private final StringBuilder query = new StringBuilder();
    private String line = "";
    private int pos;
    private int lineNumber;
    /** Length of the query right after the newline this line added, or -1 (psql's added_nl_pos). */
    private int addedNewlineAt = -1;

    private int parenDepth;
    private final RoutineBody routineBody;
    /** psql variables for {@code :name}, {@code :'name'} and {@code :"name"}; null when unset. */
    private Function<String, String> variables = name -> null;
    /** Guards against a variable whose value names itself (psql refuses such recursion too). */
    private int expansionsThisLine;

    /** Where the collected statement began, and the line of its first token (0: none yet). */
    private int startLine;
    private int startColumn;
    private int tokenLine;

    public StatementSplitter() {
        this(new SqlLexer(), new RoutineBody());
    }

    private StatementSplitter(SqlLexer lexer, RoutineBody routineBody) {
        this.lexer = lexer;
        this.routineBody = routineBody;
    }

    /** An independent splitter in the same state (for looking ahead without consuming input). */
    public StatementSplitter copy() {
        StatementSplitter copy = new StatementSplitter(lexer.copy(), routineBody.copy());
        copy.query.append(query);
        copy.lineNumber = lineNumber;
        copy.parenDepth = parenDepth;
        copy.variables = variables;
        copy.startLine = startLine;
        copy.startColumn = startColumn;
        copy.tokenLine = tokenLine;
        return copy;
    }

    /** Follows the server's standard_conforming_strings: when off, '...' accepts backslash escapes. */
    public void setStandardConformingStrings(boolean on) {
        lexer.setStandardConformingStrings(on);
    }

    /** Where {@code :name} interpolation looks variables up (psql's \\set variables). */
    public void setVariables(Function<String, String> lookup) {
        this.variables = lookup;
    }

    /** Starts a new input line (without its line terminator). */
    public void feedLine(String newLine) {
        line = newLine;
        pos = 0;
        lineNumber++;
        expansionsThisLine = 0;
        if (newLine.isEmpty() && !inQuote()) {
            // psql skips empty lines entirely, unless they are part of a quoted string or comment
            addedNewlineAt = -1;
            return;
        }
        if (query.length() > 0) {
            query.append('\n');
            addedNewlineAt = query.length();
        } else {
            addedNewlineAt = -1;
        }
    }

    /** Scans on in the current line. */
    public Scan next() {
        while (pos < line.length()) {
            Scan found = lexer.inQuote() ? scanOpen() : scanNormal();
            if (found != null) {
                return found;
            }
        }
        return END_OF_LINE;
    }

    /** The statement text collected so far (what {@code \p} shows and {@code \g} sends). */
    public String queryBuffer() {
        return query.toString();
    }

    /** Forgets the collected text and the lexer state, as {@code \r} and a forced send do. */
    public void reset() {
        query.setLength(0);
        addedNewlineAt = -1;
        lexer.reset();
        parenDepth = 0;
        routineBody.reset();
        tokenLine = 0;
    }

    /** How much statement text there is, to go back to it (psql's save_query_text_state for {@code \\if}). */
    public record Mark(int length, int parenDepth) { }

    public Mark mark() {
        return new Mark(query.length(), parenDepth);
    }

    /** Drops the text collected since {@code mark} (psql's discard_query_text, for a skipped branch). */
    public void restore(Mark mark) {
        if (mark.length() <= query.length()) {
            query.setLength(mark.length());
        }
        parenDepth = mark.parenDepth();
        addedNewlineAt = -1;
    }

    /**
     * An empty line of text that came back from the editor ({@code \\e}): psql scanned the text
     * as one input, so inside an unfinished statement its newline stays (a typed empty line is
     * dropped).
     */
    public void feedEditedBlankLine() {
        if (query.length() > 0 && !inQuote()) {
            query.append('\n');
            addedNewlineAt = -1;
        } else {
            feedLine("");
        }
    }

    /**
     * The end of text that came back from the editor ({@code \\e}): psql scanned it as one input
     * whose last newline stays in an unfinished buffer, so {@code \\p} shows it.
     */
    public void endEditedText() {
        if (query.length() > 0) {
            query.append('\n');
            addedNewlineAt = -1;
        }
    }

    /** Drops the rest of the current line (psql does so after a failed meta-command). */
    public void discardRestOfLine() {
        pos = line.length();
    }

    /** True while a statement is being collected or a quote/comment is open. */
    public boolean inProgress() {
        return query.length() > 0 || inQuote();
    }

    /** True inside a quoted string, quoted identifier or comment. */
    public boolean inQuote() {
        return lexer.inQuote();
    }

    /** The prompt psql would show for the next line. */
    public PromptStatus promptStatus() {
        return switch (lexer.open()) {
            case QUOTE, ESCAPE_QUOTE -> PromptStatus.SINGLE_QUOTE;
            case DOUBLE_QUOTE -> PromptStatus.DOUBLE_QUOTE;
            case DOLLAR_QUOTE -> PromptStatus.DOLLAR_QUOTE;
            case COMMENT -> PromptStatus.COMMENT;
            case NONE -> {
                if (parenDepth > 0) {
                    yield PromptStatus.PAREN;
                }
                yield routineBody.inside() || query.length() > 0 ? PromptStatus.CONTINUE : PromptStatus.READY;
            }
        };
    }

    /**
     * At the end of a script psql sends whatever is left, even without a {@code ;}. Returns that
     * text (and forgets it), or empty when nothing is left.
     */
    public Optional<String> finishInput() {
        return finishStatement().map(Statement::sql);
    }

    /** {@link #finishInput()} with where the text came from; it ends at the end of the last line. */
    public Optional<Statement> finishStatement() {
        if (query.length() == 0) {
            reset();
            return Optional.empty();
        }
        Statement rest = statement(line.length());
        reset();
        return Optional.of(rest);
    }

    // ---- scanning ----------------------------------------------------------------------------

    /** Inside a string, quoted name or comment left open by an earlier line. */
    private Scan scanOpen() {
        int start = pos;
        pos = lexer.scan(line, pos);
        append(start, pos);
        return null;
    }

    private Scan scanNormal() {
        char c = line.charAt(pos);
        if (c == '\\') {
            return scanBackslash();
        }
        if (c == ':') {
            scanColon(peek(1));
            return null;
        }
        int start = pos;
        pos = lexer.scan(line, pos);
        Kind kind = lexer.kind();
        if (kind == Kind.SPACE || (kind == Kind.COMMENT && line.startsWith("--", start))) {
            // blanks and -- comments only count once the statement has begun
            if (query.length() > 0) {
                query.append(line, start, pos);
            }
            return null;
        }
        if (kind == Kind.SYMBOL && pos == start + 1) {
            switch (c) {
                case '(' -> parenDepth++;
                case ')' -> parenDepth = Math.max(0, parenDepth - 1);
                case ';' -> {
                    if (parenDepth == 0 && !routineBody.inside()) {
                        append(start, pos);
                        routineBody.statementEnded();
                        Statement statement = statement(pos);
                        query.setLength(0);
                        addedNewlineAt = -1;
                        tokenLine = 0;
                        return statement;
                    }
                }
                default -> { }
            }
        }
        if (kind == Kind.WORD) {
            routineBody.word(line.substring(start, pos), parenDepth > 0);
        }
        if (kind != Kind.COMMENT) {
            noteToken();
        }
        append(start, pos);
        return null;
    }

    private Statement statement(int endColumn) {
        return new Statement(query.toString(), new Position(startLine, startColumn),
                new Position(lineNumber, endColumn), tokenLine);
    }

    private Scan scanBackslash() {
        char next = peek(1);
        if (next == ';' || next == ':') {
            // \; and \: put the bare character into the statement
            noteToken();
            noteStart();
            query.append(next);
            pos += 2;
            if (next == ';') {
                routineBody.statementEnded();
            }
            return null;
        }
        return scanMetaCommand();
    }

    /**
     * psql's variable interpolation outside quotes: {@code ::} is a cast; {@code :name} is replaced
     * by the value and scanned again (so it may hold several statements); {@code :'name'} and
     * {@code :"name"} become a quoted literal or identifier. Unknown variables stay as typed.
     */
    private void scanColon(char next) {
        if (next == ':') {
            noteToken();
            append(pos, pos + 2);
            pos += 2;
            return;
        }
        boolean quoted = next == '\'' || next == '"';
        int nameStart = pos + (quoted ? 2 : 1);
        int p = nameStart;
        while (p < line.length() && (SqlLexer.isIdentStart(line.charAt(p)) || Character.isDigit(line.charAt(p)))) {
            p++;
        }
        if (p == nameStart || (nameStart < line.length() && Character.isDigit(line.charAt(nameStart)))
                || (quoted && (p >= line.length() || line.charAt(p) != next))) {
            noteToken();
            append(pos, pos + 1);
            pos++;
            return;
        }
        String name = line.substring(nameStart, p);
        String value = variables.apply(name);
        int end = quoted ? p + 1 : p;
        if (value == null || expansionsThisLine > 1000) {
            noteToken();
            append(pos, end);
            pos = end;
            return;
        }
        expansionsThisLine++;
        if (quoted) {
            noteToken();
            noteStart();
            query.append(next == '\'' ? SqlQuoting.escapeLiteral(value) : SqlQuoting.identifier(value));
            pos = end;
        } else {
            line = line.substring(0, pos) + value + line.substring(end);
        }
    }

    private Scan scanMetaCommand() {
        // a line holding only a meta-command leaves the statement being typed as it was
        if (addedNewlineAt >= 0 && query.length() == addedNewlineAt) {
            query.setLength(query.length() - 1);
        }
        addedNewlineAt = -1;
        pos++; // the backslash
        int nameStart = pos;
        while (pos < line.length() && !SqlLexer.isSpace(line.charAt(pos)) && line.charAt(pos) != '\\') {
            pos++;
        }
        String name = line.substring(nameStart, pos);
        int argsStart = pos;
        int argsEnd = wholeLine(name, pos) ? line.length() : endOfArguments(pos);
        String arguments = line.substring(argsStart, argsEnd);
        pos = argsEnd;
        if (pos + 1 < line.length() && line.charAt(pos) == '\\' && line.charAt(pos + 1) == '\\') {
            pos += 2; // \\ separates a meta-command from the SQL that follows
        }
        return new MetaCommand(name, arguments);
    }

    /** psql's commands whose argument is the whole rest of the line (OT_WHOLE_LINE), backslashes included. */
    private static final java.util.Set<String> WHOLE_LINE = java.util.Set.of("!", "ef", "ev", "sf", "sf+", "sv",
            "sv+", "h", "help");
    /** psql's commands whose argument may be a pipe (OT_FILEPIPE): "|command" takes the rest of the line. */
    private static final java.util.Set<String> FILE_PIPE = java.util.Set.of("w", "write", "o", "out", "g", "gx");

    private boolean wholeLine(String name, int from) {
        if (WHOLE_LINE.contains(name)) {
            return true;
        }
        int p = from;
        while (p < line.length() && SqlLexer.isSpace(line.charAt(p))) {
            p++;
        }
        return FILE_PIPE.contains(name) && p < line.length() && line.charAt(p) == '|';
    }

    /**
     * Arguments run to the end of the line or to the next backslash outside quotes. (psql reads
     * them with its own small lexer, psqlscanslash.l, whose quoting differs from SQL's.)
     */
    private int endOfArguments(int from) {
        int p = from;
        while (p < line.length()) {
            char c = line.charAt(p);
            if (c == '\\') {
                return p;
            }
            if (c == '\'') {
                p++;
                while (p < line.length()) {
                    char q = line.charAt(p);
                    if (q == '\\') {
                        p += 2;
                    } else if (q == '\'') {
                        p++;
                        if (p < line.length() && line.charAt(p) == '\'') {
                            p++;
                        } else {
                            break;
                        }
                    } else {
                        p++;
                    }
                }
            } else if (c == '"' || c == '`') {
                int close = line.indexOf(c, p + 1);
                p = close < 0 ? line.length() : close + 1;
            } else {
                p++;
            }
        }
        return Math.min(p, line.length());
    }

    /** Appends {@code line[from, to)} to the statement. */
    private void append(int from, int to) {
        noteStart(from);
        query.append(line, from, to);
    }

    private void noteStart() {
        noteStart(pos);
    }

    /** The first character of a statement: remember where it was. */
    private void noteStart(int column) {
        if (query.length() == 0) {
            startLine = lineNumber;
            startColumn = column;
        }
    }

    /** A token that is no blank or comment: the statement's first one gives its line. */
    private void noteToken() {
        if (tokenLine == 0) {
            tokenLine = lineNumber;
        }
    }

    private char peek(int ahead) {
        int p = pos + ahead;
        return p < line.length() ? line.charAt(p) : '\0';
    }
}
