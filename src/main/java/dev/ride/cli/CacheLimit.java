package dev.ride.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upper size of ride's cache directory: {@code RIDE_CACHE_MAX} (e.g. {@code 2G}, {@code 500M}),
 * {@value #DEFAULT_TEXT} when unset. Beyond it the least recently used prepared data directories
 * are removed, oldest first, after a drill; entries used in the last {@link #RECENTLY_USED} and the
 * extracted binaries are never (a `ride cache rm --stale` removes binaries of older rides).
 * Docker's prepared images are not in this directory: the Docker engine keeps at most 16 of them.
 */
record CacheLimit(long bytes, String source) {

    static final String ENV = "RIDE_CACHE_MAX";
    static final String DEFAULT_TEXT = "4G";
    /**
     * An entry used this recently is never evicted: another run may be copying it right now (the
     * seed's prepared copy is read in about half a second; a large scenario's in a few).
     */
    static final Duration RECENTLY_USED = Duration.ofMinutes(10);
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]?)(i?B)?", Pattern.CASE_INSENSITIVE);

    static CacheLimit fromEnvironment(Map<String, String> env) {
        String value = env.get(ENV);
        if (value == null || value.isBlank()) {
            return new CacheLimit(parse(DEFAULT_TEXT), "default; set " + ENV + " to change it");
        }
        return new CacheLimit(parse(value.strip()), ENV + "=" + value.strip());
    }

    /** @throws IllegalArgumentException with the sentence to show for a value like "lots" */
    static long parse(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(ENV + " takes a size like 2G, 500M or 1T, not '" + text + "'.");
        }
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    /** What to remove so that the entries of the cache directory fit: oldest first, only evictable ones. */
    List<CacheEntry> overflow(List<CacheEntry> entries, Instant now) {
        List<CacheEntry> inDirectory = entries.stream().filter(e -> e.kind() != CacheEntry.Kind.IMAGE).toList();
        long total = inDirectory.stream().mapToLong(CacheEntry::bytes).sum();
        List<CacheEntry> candidates = new ArrayList<>(inDirectory.stream()
                .filter(e -> e.evictable() && e.lastUsed().isBefore(now.minus(RECENTLY_USED))).toList());
        candidates.sort(Comparator.comparing(CacheEntry::lastUsed));
        List<CacheEntry> evict = new ArrayList<>();
        for (CacheEntry e : candidates) {
            if (total <= bytes) {
                break;
            }
            evict.add(e);
            total -= e.bytes();
        }
        return evict;
    }
}
