package dev.ride.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Timed drills count down on the wall clock and the cache ages entries by it, so {@code ride doctor}
 * looks at it: a clock set before this build of ride was made is certainly wrong; a Docker daemon's
 * clock far from ours means one of them drifts. No network is needed for either.
 */
final class ClockCheck {

    /** Beyond this a learner would see it in a drill's timer or a card's timeline. */
    static final Duration TOLERATED_SKEW = Duration.ofSeconds(2);

    private ClockCheck() {
    }

    static Finding check(Instant now, String builtAt, ZoneId zone) {
        Instant built = parse(builtAt);
        if (built != null && now.isBefore(built)) {
            return Finding.warn("clock", "The clock says " + now + ", before this ride was built (" + built
                    + "): set the time (timedatectl set-ntp true), or timed drills and cache ages are off.");
        }
        return Finding.ok("clock", now + " (time zone " + zone.getId() + "); timed drills count on it.");
    }

    /** A clause for the Docker line: how far the daemon's clock is from ours, when that matters. */
    static String skewNote(Instant daemonTime) {
        Duration skew = Duration.between(Instant.now(), daemonTime).abs();
        return skew.compareTo(TOLERATED_SKEW) <= 0 ? ""
                : "; its clock is " + skew.toSeconds() + " s off ours (sync both with NTP)";
    }

    private static Instant parse(String builtAt) {
        try {
            return builtAt == null ? null : Instant.parse(builtAt);
        } catch (DateTimeParseException e) {
            return null; // a build that did not fill it in: nothing to compare against
        }
    }
}
