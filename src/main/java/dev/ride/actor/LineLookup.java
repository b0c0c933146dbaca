package dev.ride.actor;

/**
 * The manifest line of a key or value, by JSON pointer from the document's root
 * ({@code /actors/0/workload/rate}). The scenario loader passes its own line index;
 * the actor tests have a small one of their own.
 */
@FunctionalInterface
public interface LineLookup {

    /** 1-based; the line of the closest enclosing key when the pointer itself is unknown is fine. */
    int lineOf(String jsonPointer);
}
