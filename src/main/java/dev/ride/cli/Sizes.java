package dev.ride.cli;

import java.time.Duration;

/** Sizes and ages as people read them: 1.5 GiB, 312 MiB, 3 d, 2 h. */
final class Sizes {

    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return value < 10 ? String.format("%.1f %s", value, units[unit]) : String.format("%.0f %s", value, units[unit]);
    }

    static String age(Duration age) {
        if (age.toDays() > 0) {
            return age.toDays() + " d";
        }
        if (age.toHours() > 0) {
            return age.toHours() + " h";
        }
        if (age.toMinutes() > 0) {
            return age.toMinutes() + " min";
        }
        return Math.max(0, age.toSeconds()) + " s";
    }
}
