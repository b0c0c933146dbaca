package dev.ride.cli;

/** Colour is for terminals that want it: NO_COLOR (no-color.org) and TERM=dumb turn it off. */
final class Colors {
    private Colors() {
    }

    static boolean enabled() {
        String noColor = System.getenv("NO_COLOR");
        String term = System.getenv("TERM");
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    }
}
