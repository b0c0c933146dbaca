package dev.ride.drill;

import java.util.List;

/** The scenario's staged hints, handed out one at a time. */
public final class HintLadder {

    private final List<String> hints;
    private int given;

    public HintLadder(List<String> hints) {
        this.hints = List.copyOf(hints);
    }

    public boolean hasNext() {
        return given < hints.size();
    }

    /** Number (1-based) of the hint {@link #next()} returns. */
    public int nextNumber() {
        return given + 1;
    }

    public String next() {
        if (!hasNext()) {
            throw new IllegalStateException("no hints left");
        }
        return hints.get(given++);
    }

    public int given() {
        return given;
    }

    public int total() {
        return hints.size();
    }
}
