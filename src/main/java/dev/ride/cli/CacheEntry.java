package dev.ride.cli;

import java.time.Instant;

/**
 * One thing ride keeps between runs, as {@code ride cache ls} shows it.
 *
 * @param kind     what it is: a prepared data directory, a prepared image, extracted binaries
 * @param scenario the scenario it serves; {@code (empty cluster)} for initdb's output, {@code (stale)} for a
 *                 prepared state no scenario of this catalog and binaries would use any more
 * @param where    its directory or image tag
 * @param evictable whether the size limit may remove it (not the binaries this ride runs)
 * @param removal  how to remove it
 */
record CacheEntry(Kind kind, String scenario, String where, long bytes, Instant lastUsed, boolean evictable,
                  Removal removal) {

    enum Kind {
        DATA_DIR("data dir"), IMAGE("image"), BINARIES("binaries");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @FunctionalInterface
    interface Removal {
        void remove() throws Exception;
    }
}
