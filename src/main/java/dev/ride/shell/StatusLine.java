package dev.ride.shell;

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
 */
final class StatusLine implements AutoCloseable {

    private final Supplier<String> text;
    private final Status status;
    private final ScheduledExecutorService ticker;

    private StatusLine(Supplier<String> text, Status status) {
        this.text = text;
        this.status = status;
        if (status == null) {
            this.ticker = null;
        } else {
            this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ride-status-line");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::refresh, 0, 1, TimeUnit.SECONDS);
        }
    }

    /** @return null when there is nothing to show */
    static StatusLine open(Terminal terminal, Supplier<String> text) {
        if (text == null) {
            return null;
        }
        Status status = Terminal.TYPE_DUMB.equals(terminal.getType()) ? null : Status.getStatus(terminal, true);
        return new StatusLine(text, status);
    }

    /** What goes in front of the prompt: the text when no status line could be reserved. */
    String promptPrefix() {
        return status == null ? "[" + text.get() + "] " : "";
    }

    private void refresh() {
        try {
            status.update(List.of(new AttributedString(text.get())));
        } catch (RuntimeException e) {
            // a terminal that went away mid-update: the next tick or the prompt shows the time
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            status.update(List.of());
        }
    }
}
