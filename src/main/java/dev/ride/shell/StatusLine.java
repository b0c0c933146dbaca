package dev.ride.shell;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Status;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A line of text kept at the bottom of the terminal and refreshed every second (a timed drill's
 * countdown). Terminals that cannot reserve a line (no scroll region, e.g. TERM=dumb) get the text
 * in front of the prompt instead, refreshed each time the prompt is drawn.
 * <p>
 * JLine's terminal and status are not thread-safe: while the line reader waits for a key, the
 * ticker draws through a widget, which runs under the reader's lock, so a tick never interleaves
 * with the reader drawing its prompt (a tick racing the first prompt once left a timed drill
 * without a visible prompt). The first line is drawn before any prompt, on the caller's thread.
 */
public final class StatusLine implements AutoCloseable {

    private static final String WIDGET = "ride-status-refresh";

    private final Supplier<String> text;
    private final Status status;
    private final LineReader reader;
    private final ScheduledExecutorService ticker;

    private StatusLine(Supplier<String> text, Status status, LineReader reader) {
        this.text = text;
        this.status = status;
        this.reader = reader;
        if (status == null) {
            this.ticker = null;
        } else {
            reader.getWidgets().put(WIDGET, () -> {
                draw();
                return true;
            });
            draw();
            this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ride-status-line");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::refresh, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** @return null when there is nothing to show */
    static StatusLine open(Terminal terminal, LineReader reader, Supplier<String> text) {
        if (text == null) {
            return null;
        }
        Status status = Terminal.TYPE_DUMB.equals(terminal.getType()) ? null : Status.getStatus(terminal, true);
        return new StatusLine(text, status, reader);
    }

    /** What goes in front of the prompt: the text when no status line could be reserved. */
    String promptPrefix() {
        return status == null ? "[" + text.get() + "] " : "";
    }

    /** A tick: under the reader's lock while it reads a line, else directly (a query is running). */
    private void refresh() {
        try {
            if (reader.isReading()) {
                try {
                    reader.callWidget(WIDGET);
                    return;
                } catch (IllegalStateException notReadingAnyMore) {
                    // the line was entered between the two calls: draw directly
                }
            }
            draw();
        } catch (RuntimeException e) {
            // a terminal that went away mid-update: the next tick or the prompt shows the time
        }
    }

    private void draw() {
        status.update(List.of(new AttributedString(text.get())));
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            status.update(List.of());
        }
    }
}
