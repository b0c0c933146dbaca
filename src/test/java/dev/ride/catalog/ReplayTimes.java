package dev.ride.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import dev.ride.e2e.RideProcess;

/**
 * One line per replay in {@code target/replay-times.tsv} (engine, scenario, solution, seconds),
 * appended as the replays end: both replay classes write it, from two JVMs, a line at a time.
 * Which scenarios cost CI its minutes is read from there, not guessed.
 */
final class ReplayTimes {

    private static final Path FILE = RideProcess.projectDir().resolve("target").resolve("replay-times.tsv");

    private ReplayTimes() {
    }

    static synchronized void record(String engine, String scenario, String solution, long nanos) {
        String line = String.format(Locale.ROOT, "%s\t%s\t%s\t%.1f%n", engine, scenario, solution, nanos / 1e9);
        try {
            // one short write in append mode: lines of the two JVMs do not interleave
            Files.write(FILE, line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // a missing measurement never fails a replay
        }
    }
}
