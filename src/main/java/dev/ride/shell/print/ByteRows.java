package dev.ride.shell.print;

/**
 * Query rows whose cells can be read as the UTF-8 bytes the server sent, so the printer copies
 * them without decoding to strings and encoding back (the hot path of a million-row result).
 * A cursor model: {@link #seek(int)} picks the row, then each cell is {@code length} bytes of
 * {@link #bytes(int)} from {@link #start(int)}, or NULL when the length is -1.
 */
public interface ByteRows extends TableRows {

    void seek(int row);

    /** The array holding the current row's cell {@code column} (valid until the next seek). */
    byte[] bytes(int column);

    int start(int column);

    /** The cell's byte length in the current row, -1 for NULL. */
    int length(int column);
}
