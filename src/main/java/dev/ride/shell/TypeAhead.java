package dev.ride.shell;

import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;

/**
 * Takes in text that arrives faster than anyone types (a paste the terminal did not bracket) in
 * one go: JLine inserts a character and redraws the whole line after each one, which for a 100 KB
 * line is minutes of CPU. After the character a key inserted, every printable character already
 * waiting on the terminal is inserted too, and the line is drawn once. A control character (Enter,
 * Tab, Ctrl-C, an escape sequence) ends the batch and goes through its own key binding, so a
 * pasted newline still ends a line and a typed Tab still completes.
 */
final class TypeAhead {

    /** How long to wait for the next character of a batch: a paste's chunks come back to back. */
    private static final long NEXT_CHARACTER_MS = 1;

    private TypeAhead() {
    }

    /**
     * Wraps the reader's self-insert widget so that waiting printable input comes with the key.
     * The characters are read through the reader ({@link LineReaderImpl#peekCharacter}), not the
     * terminal: the reader may hold some already, read ahead while it matched a key binding.
     */
    static void install(LineReader reader) {
        if (!(reader instanceof LineReaderImpl impl)) {
            return; // another reader: characters one at a time, as JLine does
        }
        Widget selfInsert = reader.getWidgets().get(LineReader.SELF_INSERT);
        reader.getWidgets().put(LineReader.SELF_INSERT, () -> {
            boolean inserted = selfInsert.apply();
            String waiting = printableWaiting(impl);
            if (!waiting.isEmpty()) {
                reader.getBuffer().write(waiting);
            }
            return inserted;
        });
    }

    private static String printableWaiting(LineReaderImpl reader) {
        StringBuilder batch = new StringBuilder();
        while (true) {
            int c = reader.peekCharacter(NEXT_CHARACTER_MS);
            if (c < 0 || Character.isISOControl(c)) {
                return batch.toString(); // nothing waiting, the end, or a key of its own
            }
            batch.appendCodePoint(reader.readCharacter());
        }
    }
}
