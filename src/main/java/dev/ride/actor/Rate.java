package dev.ride.actor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Iterations per second of a workload, written {@code 20/s}, {@code 0.5/s} or {@code 90/m}. */
public record Rate(double perSecond) {

    /** Above this the sandbox, not the scenario, would be what is drilled. */
    static final double MAX_PER_SECOND = 1000;

    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*/\\s*(s|m)");

    /** @throws IllegalArgumentException with a sentence saying what is accepted */
    public static Rate parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (m.matches()) {
            double count = Double.parseDouble(m.group(1));
            double perSecond = m.group(2).equals("s") ? count : count / 60;
            if (perSecond > 0 && perSecond <= MAX_PER_SECOND) {
                return new Rate(perSecond);
            }
            throw new IllegalArgumentException("rate '" + text + "' must be above 0 and at most "
                    + (int) MAX_PER_SECOND + "/s");
        }
        throw new IllegalArgumentException("'" + text + "' is not a rate: write iterations per second or minute, like 20/s or 90/m");
    }

    /** Nanoseconds between two iterations. */
    public long intervalNanos() {
        return Math.round(1_000_000_000d / perSecond);
    }
}
