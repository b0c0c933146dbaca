package dev.ride.shell;

import dev.ride.sql.StatementSplitter;
import java.nio.file.Path;
import org.postgresql.copy.CopyIn;

/**
 * One place lines come from: the learner (stdin or the terminal) or a file run with {@code \i}.
 * Like psql, each source has its own statement buffer, so a file cannot finish a statement the
 * learner started, and messages name the file and line they came from.
 */
public final class InputSource {

    private final String name;
    private final Path directory;
    private final StatementSplitter splitter = new StatementSplitter();
    /** psql keeps one \\if stack per input source: a file cannot close a block it did not open. */
    private final ConditionalStack conditions = new ConditionalStack();
    private long lineNumber;
    private CopyIn copy;
    private String copyStatement;

    private InputSource(String name, Path directory) {
        this.name = name;
        this.directory = directory;
    }

    /** The learner's own input: no file name in messages. */
    static InputSource console() {
        return new InputSource(null, null);
    }

    /** A file, named in messages as typed; {@code directory} anchors {@code \ir} paths inside it. */
    static InputSource file(String name, Path directory) {
        return new InputSource(name, directory);
    }

    public StatementSplitter splitter() {
        return splitter;
    }

    ConditionalStack conditions() {
        return conditions;
    }

    public boolean isFile() {
        return name != null;
    }

    public Path directory() {
        return directory;
    }

    /** While a COPY ... FROM STDIN runs, the following lines of this source are its data. */
    public void startCopy(CopyIn copyIn, String statement) {
        this.copy = copyIn;
        this.copyStatement = statement;
    }

    public CopyIn copy() {
        return copy;
    }

    public String copyStatement() {
        return copyStatement;
    }

    public void endCopy() {
        copy = null;
        copyStatement = null;
    }

    void nextLine() {
        lineNumber++;
    }

    /** psql's message prefix for this source, or null for the console. */
    String locus() {
        return name == null ? null : "psql:" + name + ":" + lineNumber + ": ";
    }
}
