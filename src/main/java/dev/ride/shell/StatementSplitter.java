package dev.ride.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cuts input lines into SQL statements and backslash meta-commands the way psql 15 does
 * (its {@code psqlscan.l} lexer plus the line handling of {@code MainLoop}). No I/O: the caller
 * feeds one line at a time and pulls {@link Scan}s until {@link EndOfLine}.
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
 */
public final class StatementSplitter {

    /** What the splitter found next in the current line. */
    public sealed interface Scan permits Statement, MetaCommand, EndOfLine { }

    /** A complete statement, exactly as psql would send it (with its terminating {@code ;}). */
    public record Statement(String sql) implements Scan { }

    /**
     * A backslash command: {@code name} without the backslash (e.g. {@code dt+}) and the raw text
     * of its arguments, quotes still in place. The statement collected so far stays available
     * through {@link #queryBuffer()} for commands such as {@code \g} that send it.
     */
    public record MetaCommand(String name, String arguments) implements Scan { }

    /** The current line is used up. */
    public record EndOfLine() implements Scan { }

    private static final EndOfLine END_OF_LINE = new EndOfLine();

    private enum State { NORMAL, QUOTE, ESCAPE_QUOTE, DOUBLE_QUOTE, DOLLAR_QUOTE, COMMENT }

    private final StringBuilder query = new StringBuilder();
    private String line = "";
    private int pos;
    /** Length of the query right after the newline this line added, or -1 (psql's added_nl_pos). */
    private int addedNewlineAt = -1;

    private State state = State.NORMAL;
    private int parenDepth;
    private int commentDepth;
    private String dollarTag;
    /** psql's heuristic for CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC ... END. */
    private int beginDepth;
    private int identifierCount;
    private final char[] identifiers = new char[4];
    private boolean standardConformingStrings = true;
    /** psql variables for {@code :name}, {@code :'name'} and {@code :"name"}; null when unset. */
    private Function<String, String> variables = name -> null;
    /** Guards against a variable whose value names itself (psql refuses such recursion too). */
    private int expansionsThisLine;

    /** An independent splitter in the same state (for looking ahead without consuming input). */
    public StatementSplitter copy() {
        StatementSplitter copy = new StatementSplitter();
        copy.query.append(query);
        copy.state = state;
        copy.parenDepth = parenDepth;
        copy.commentDepth = commentDepth;
        copy.dollarTag = dollarTag;
        copy.beginDepth = beginDepth;
        copy.identifierCount = identifierCount;
        System.arraycopy(identifiers, 0, copy.identifiers, 0, identifiers.length);
        copy.standardConformingStrings = standardConformingStrings;
        copy.variables = variables;
        return copy;
    }

    /** Follows the server's standard_conforming_strings: when off, '...' accepts backslash escapes. */
    public void setStandardConformingStrings(boolean on) {
        this.standardConformingStrings = on;
    }

    /** Where {@code :name} interpolation looks variables up (psql's \\set variables). */
    public void setVariables(Function<String, String> lookup) {
        this.variables = lookup;
    }

    /** Starts a new input line (without its line terminator). */
    public void feedLine(String newLine) {
        line = newLine;
        pos = 0;
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
            Scan found = switch (state) {
                case NORMAL -> scanNormal();
                case QUOTE -> scanQuote(false);
                case ESCAPE_QUOTE -> scanQuote(true);
                case DOUBLE_QUOTE -> scanDoubleQuote();
                case DOLLAR_QUOTE -> scanDollarQuote();
                case COMMENT -> scanComment();
            };
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
        state = State.NORMAL;
        parenDepth = 0;
        commentDepth = 0;
        dollarTag = null;
        beginDepth = 0;
        identifierCount = 0;
    }

    /** Drops the rest of the current line (psql does so after a failed meta-command). */
    public void discardRestOfLine() {
        pos = line.length();
    }

    /** True while a statement is being collected or a quote/comment is open. */
    public boolean inProgress() {
        return query.length() > 0 || state != State.NORMAL;
    }

    /** True inside a quoted string, quoted identifier or comment. */
    public boolean inQuote() {
        return state != State.NORMAL;
    }

    /** The prompt psql would show for the next line. */
    public PromptStatus promptStatus() {
        return switch (state) {
            case QUOTE, ESCAPE_QUOTE -> PromptStatus.SINGLE_QUOTE;
            case DOUBLE_QUOTE -> PromptStatus.DOUBLE_QUOTE;
            case DOLLAR_QUOTE -> PromptStatus.DOLLAR_QUOTE;
            case COMMENT -> PromptStatus.COMMENT;
            case NORMAL -> {
                if (parenDepth > 0) {
                    yield PromptStatus.PAREN;
                }
                yield beginDepth > 0 || query.length() > 0 ? PromptStatus.CONTINUE : PromptStatus.READY;
            }
        };
    }

    /**
     * At the end of a script psql sends whatever is left, even without a {@code ;}. Returns that
     * text (and forgets it), or empty when nothing is left.
     */
    public Optional<String> finishInput() {
        if (query.length() == 0) {
            reset();
            return Optional.empty();
        }
        String rest = query.toString();
        reset();
        return Optional.of(rest);
    }

    // ---- the lexer states ------------------------------------------------------------------

    private Scan scanNormal() {
        char c = line.charAt(pos);
        if (isSpace(c)) {
            int start = pos;
            while (pos < line.length() && isSpace(line.charAt(pos))) {
                pos++;
            }
            emitWhitespace(line.substring(start, pos));
            return null;
        }
        if (c == '-' && peek(1) == '-') {
            // a -- comment runs to the end of the line (psql never passes newlines to its lexer)
            emitWhitespace(line.substring(pos));
            pos = line.length();
            return null;
        }
        if (c == '/' && peek(1) == '*') {
            state = State.COMMENT;
            commentDepth = 0;
            emit(2);
            return null;
        }
        char next = peek(1);
        if ((c == 'b' || c == 'B' || c == 'x' || c == 'X') && next == '\'') {
            state = State.QUOTE;
            emit(2);
            return null;
        }
        if ((c == 'e' || c == 'E') && next == '\'') {
            state = State.ESCAPE_QUOTE;
            emit(2);
            return null;
        }
        if ((c == 'n' || c == 'N') && next == '\'') {
            emit(1); // the quote starts an ordinary string on the next round
            return null;
        }
        if ((c == 'u' || c == 'U') && next == '&') {
            char third = peek(2);
            if (third == '\'') {
                state = State.QUOTE;
                emit(3);
            } else if (third == '"') {
                state = State.DOUBLE_QUOTE;
                emit(3);
            } else {
                emit(1);
            }
            return null;
        }
        switch (c) {
            case '\'' -> {
                state = standardConformingStrings ? State.QUOTE : State.ESCAPE_QUOTE;
                emit(1);
                return null;
            }
            case '"' -> {
                state = State.DOUBLE_QUOTE;
                emit(1);
                return null;
            }
            case '$' -> {
                scanDollar();
                return null;
            }
            case '(' -> {
                parenDepth++;
                emit(1);
                return null;
            }
            case ')' -> {
                if (parenDepth > 0) {
                    parenDepth--;
                }
                emit(1);
                return null;
            }
            case ';' -> {
                emit(1);
                if (parenDepth == 0 && beginDepth == 0) {
                    identifierCount = 0;
                    String sql = query.toString();
                    query.setLength(0);
                    addedNewlineAt = -1;
                    return new Statement(sql);
                }
                return null;
            }
            case ':' -> {
                scanColon(next);
                return null;
            }
            case '\\' -> {
                if (next == ';' || next == ':') {
                    // \; and \: put the bare character into the statement
                    query.append(next);
                    pos += 2;
                    if (next == ';') {
                        identifierCount = 0;
                    }
                    return null;
                }
                return scanMetaCommand();
            }
            default -> {
                if (isIdentStart(c)) {
                    int start = pos;
                    pos++;
                    while (pos < line.length() && isIdentCont(line.charAt(pos))) {
                        pos++;
                    }
                    String word = line.substring(start, pos);
                    trackIdentifier(word);
                    query.append(word);
                } else if (c >= '0' && c <= '9') {
                    // one number token (with any junk glued to it), so "1e5" is no identifier "e5"
                    int start = pos;
                    while (pos < line.length() && (isIdentCont(line.charAt(pos)) || line.charAt(pos) == '.')) {
                        pos++;
                    }
                    query.append(line, start, pos);
                } else {
                    emit(1);
                }
                return null;
            }
        }
    }

    /**
     * psql's variable interpolation outside quotes: {@code ::} is a cast; {@code :name} is replaced
     * by the value and scanned again (so it may hold several statements); {@code :'name'} and
     * {@code :"name"} become a quoted literal or identifier. Unknown variables stay as typed.
     */
    private void scanColon(char next) {
        if (next == ':') {
            emit(2);
            return;
        }
        boolean quoted = next == '\'' || next == '"';
        int nameStart = pos + (quoted ? 2 : 1);
        int p = nameStart;
        while (p < line.length() && (isIdentStart(line.charAt(p)) || Character.isDigit(line.charAt(p)))) {
            p++;
        }
        if (p == nameStart || (nameStart < line.length() && Character.isDigit(line.charAt(nameStart)))
                || (quoted && (p >= line.length() || line.charAt(p) != next))) {
            emit(1);
            return;
        }
        String name = line.substring(nameStart, p);
        String value = variables.apply(name);
        int end = quoted ? p + 1 : p;
        if (value == null || expansionsThisLine > 1000) {
            emit(end - pos);
            return;
        }
        expansionsThisLine++;
        if (quoted) {
            query.append(next == '\'' ? ShellVariables.quoteLiteral(value) : ShellVariables.quoteIdentifier(value));
            pos = end;
        } else {
            line = line.substring(0, pos) + value + line.substring(end);
        }
    }

    private void scanDollar() {
        int end = dollarDelimiterEnd(pos);
        if (end > 0) {
            dollarTag = line.substring(pos, end);
            state = State.DOLLAR_QUOTE;
            emit(end - pos);
            return;
        }
        // $1 (a parameter), a failed $tag without closing $, or a lone $: all plain text
        int p = pos + 1;
        if (p < line.length() && Character.isDigit(line.charAt(p))) {
            while (p < line.length() && Character.isDigit(line.charAt(p))) {
                p++;
            }
        } else if (p < line.length() && isDollarTagStart(line.charAt(p))) {
            while (p < line.length() && isDollarTagCont(line.charAt(p))) {
                p++;
            }
        }
        emit(p - pos);
    }

    /** If a $tag$ delimiter starts at {@code at}, the index just after it, else -1. */
    private int dollarDelimiterEnd(int at) {
        int p = at + 1;
        if (p < line.length() && isDollarTagStart(line.charAt(p))) {
            p++;
            while (p < line.length() && isDollarTagCont(line.charAt(p))) {
                p++;
            }
        }
        return p < line.length() && line.charAt(p) == '$' ? p + 1 : -1;
    }

    private Scan scanQuote(boolean escapes) {
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (escapes && c == '\\') {
                emit(Math.min(2, line.length() - pos));
            } else if (c == '\'') {
                if (peek(1) == '\'') {
                    emit(2);
                } else {
                    emit(1);
                    state = State.NORMAL;
                    return null;
                }
            } else {
                emit(1);
            }
        }
        return null;
    }

    private Scan scanDoubleQuote() {
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == '"') {
                if (peek(1) == '"') {
                    emit(2);
                } else {
                    emit(1);
                    state = State.NORMAL;
                    return null;
                }
            } else {
                emit(1);
            }
        }
        return null;
    }

    private Scan scanDollarQuote() {
        while (pos < line.length()) {
            if (line.charAt(pos) != '$') {
                emit(1);
                continue;
            }
            int end = dollarDelimiterEnd(pos);
            if (end > 0 && line.substring(pos, end).equals(dollarTag)) {
                emit(end - pos);
                state = State.NORMAL;
                dollarTag = null;
                return null;
            }
            if (end > 0) {
                // $junk$ is not our delimiter: keep all but its last $, which may open the real one
                emit(end - pos - 1);
            } else {
                emit(1);
            }
        }
        return null;
    }

    private Scan scanComment() {
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == '/' && peek(1) == '*') {
                commentDepth++;
                emit(2);
            } else if (c == '*' && peek(1) == '/') {
                emit(2);
                if (commentDepth <= 0) {
                    state = State.NORMAL;
                    return null;
                }
                commentDepth--;
            } else {
                emit(1);
            }
        }
        return null;
    }

    private Scan scanMetaCommand() {
        // a line holding only a meta-command leaves the statement being typed as it was
        if (addedNewlineAt >= 0 && query.length() == addedNewlineAt) {
            query.setLength(query.length() - 1);
        }
        addedNewlineAt = -1;
        pos++; // the backslash
        int nameStart = pos;
        while (pos < line.length() && !isSpace(line.charAt(pos)) && line.charAt(pos) != '\\') {
            pos++;
        }
        String name = line.substring(nameStart, pos);
        int argsStart = pos;
        int argsEnd = endOfArguments(pos);
        String arguments = line.substring(argsStart, argsEnd);
        pos = argsEnd;
        if (pos + 1 < line.length() && line.charAt(pos) == '\\' && line.charAt(pos + 1) == '\\') {
            pos += 2; // \\ separates a meta-command from the SQL that follows
        }
        return new MetaCommand(name, arguments);
    }

    /** Arguments run to the end of the line or to the next backslash outside quotes. */
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

    private void trackIdentifier(String word) {
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
        boolean routineBody = identifiers[0] == 'c'
                && (identifiers[1] == 'f' || identifiers[1] == 'p'
                || (identifiers[1] == 'o' && identifiers[2] == 'r'
                && (identifiers[3] == 'f' || identifiers[3] == 'p')));
        if (routineBody && parenDepth == 0) {
            switch (lower) {
                case "begin" -> beginDepth++;
                case "case" -> {
                    if (beginDepth >= 1) {
                        beginDepth++;
                    }
                }
                case "end" -> {
                    if (beginDepth > 0) {
                        beginDepth--;
                    }
                }
                default -> { }
            }
        }
    }

    private void emitWhitespace(String text) {
        if (query.length() > 0) {
            query.append(text);
        }
    }

    private void emit(int count) {
        query.append(line, pos, pos + count);
        pos += count;
    }

    private char peek(int ahead) {
        int p = pos + ahead;
        return p < line.length() ? line.charAt(p) : '\0';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentCont(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    private static boolean isDollarTagStart(char c) {
        return isIdentStart(c);
    }

    private static boolean isDollarTagCont(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }
}
