package dev.ride.actor;

/**
 * The manifest line of a key or value, by JSON pointer from the document's root
 * ({@code /actors/0/workload/rate}). {@link YamlLines} is one; the scenario loader's own line index
 * fits too.
 */
@FunctionalInterface
public interface LineLookup {

    /** 1-based; the line of the closest enclosing key when the pointer itself is unknown is fine. */
    int lineOf(String jsonPointer);
}
