package dev.ride.actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every actor's events in the order they happened. Bounded: after {@link #CAPACITY} events further
 * ones are only counted ({@link #dropped()}), so the incident's beginning, which a timeline needs
 * most, is kept.
 */
public final class ActorEventLog {

    static final int CAPACITY = 10_000;

    private final List<ActorEvent> events = new ArrayList<>();
    private long dropped;

    synchronized void add(String actor, ActorEvent.Kind kind, String sqlState, long millis, String message) {
        if (events.size() >= CAPACITY) {
            dropped++;
            return;
        }
        events.add(new ActorEvent(Instant.now(), System.nanoTime(), actor, kind, sqlState, millis, message));
    }

    public synchronized List<ActorEvent> all() {
        return List.copyOf(events);
    }

    /** The events at or after {@code marker}. */
    public synchronized List<ActorEvent> since(Marker marker) {
        List<ActorEvent> out = new ArrayList<>();
        for (ActorEvent e : events) {
            if (e.nanos() - marker.nanos() >= 0 || marker == Marker.ORIGIN) {
                out.add(e);
            }
        }
        return out;
    }

    public synchronized long dropped() {
        return dropped;
    }
}
