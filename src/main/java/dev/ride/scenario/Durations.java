package dev.ride.scenario;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: {@code 15m}, {@code 90s}, {@code 1h}, {@code 1h30m}. */
public final class Durations {

    private static final Pattern FORMAT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private Durations() {
    }

    /** @throws IllegalArgumentException with a sentence saying what is accepted */
    public static Duration parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        try {
            if (m.matches() && !m.group().isEmpty()) {
                Duration d = Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2)))
                        .plusSeconds(number(m.group(3)));
                if (!d.isZero()) {
                    return d;
                }
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // too large: same answer as any other unreadable duration
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration: write a positive one like 15m, 90s, 1h or 1h30m");
    }

    /** The shortest text {@link #parse} reads back: {@code 15m}, {@code 1h30m}, {@code 90s} stays {@code 1m30s}. */
    public static String format(Duration d) {
        StringBuilder sb = new StringBuilder();
        long s = d.getSeconds();
        if (s >= 3600) {
            sb.append(s / 3600).append('h');
        }
        if (s % 3600 >= 60) {
            sb.append(s % 3600 / 60).append('m');
        }
        if (s % 60 > 0 || sb.length() == 0) {
            sb.append(s % 60).append('s');
        }
        return sb.toString();
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
