package dev.ride.drill;

import dev.ride.shell.ShellSession;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * {@code ride demo}: plays a transcript into the shell as if a person typed it, for screencasts.
 * The pace has a little jitter from a fixed seed, so every run types alike; the drill's clock
 * runs on the typing schedule (at speed 1) rather than the wall, so the card shows the same time
 * in every recording, whatever the speed.
 */
public final class DemoPlayer {

    /** Milliseconds at speed 1. */
    static final int KEY_MS = 55;
    static final int KEY_JITTER_MS = 45;
    static final int BEFORE_ENTER_MS = 350;
    /** A reading pause: this much, plus {@link #READING_MS_PER_CHAR} for each character just printed. */
    static final int READING_MS = 700;
    static final int READING_MS_PER_CHAR = 15;
    /** No pause longer than this: a long result is skimmed, not read through. */
    static final int READING_MAX_MS = 9000;
    static final long SEED = 20241120L;

    private final double speed;
    private final AtomicLong scheduleNanos;
    private final Random jitter = new Random(SEED);

    /** @param scheduleNanos the demo's time, advanced by every planned pause (the drill's clock reads it) */
    public DemoPlayer(double speed, AtomicLong scheduleNanos) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("--speed must be above 0");
        }
        this.speed = speed;
        this.scheduleNanos = scheduleNanos;
    }

    /** A clock for the drill that reads the demo's schedule. */
    public static DrillClock clock(AtomicLong scheduleNanos) {
        return new DrillClock(null, scheduleNanos::get);
    }

    /**
     * Title card, banner, then each line: the prompt, the line key by key, Enter, its output, and
     * a pause to read it; last the end card. A last {@code :submit --json} is played as
     * {@code :submit}: the demo ends on the card people read.
     *
     * @param printed the characters shown on the screen so far: each reading pause is scaled by
     *                what was printed since the last one, so {@code --speed} shortens both alike
     */
    public void play(Drill drill, List<String> lines, PrintWriter screen, int columns, LongSupplier printed)
            throws SQLException, InterruptedException {
        long mark = printed.getAsLong();
        screen.print(DemoCards.title(drill.scenario(), columns));
        screen.println();
        screen.flush();
        mark = read(printed, mark);
        drill.printBanner(screen);
        try (ShellSession session = new ShellSession(drill, drill.scenario().startDatabase(), screen, screen)) {
            session.setInteractive(true);
            session.setTerminalColumns(columns);
            boolean quit = false;
            for (int i = 0; i < lines.size() && !quit; i++) {
                String line = lines.get(i);
                if (i == lines.size() - 1 && line.strip().equals(":submit --json")) {
                    line = ":submit";
                }
                mark = read(printed, mark);
                screen.print(session.prompt());
                screen.flush();
                for (char c : line.toCharArray()) {
                    pause(KEY_MS + jitter.nextInt(KEY_JITTER_MS) + (c == ' ' ? 25 : 0));
                    screen.print(c);
                    screen.flush();
                }
                pause(BEFORE_ENTER_MS);
                screen.print('\n');
                screen.flush();
                mark = printed.getAsLong();
                quit = session.handleLine(line) == ShellSession.Outcome.QUIT;
                screen.flush();
            }
            if (!quit) {
                session.endOfInput();
            }
            screen.flush();
        }
        mark = read(printed, mark);
        screen.println();
        screen.print(DemoCards.end(drill.scenario(), columns));
        screen.flush();
        read(printed, mark);
    }

    /** Pauses to read what was printed since {@code mark}; returns the new mark. */
    private long read(LongSupplier printed, long mark) throws InterruptedException {
        long now = printed.getAsLong();
        pause(readingMillis(now - mark));
        return now;
    }

    /** The time to read {@code characters} just printed, at speed 1. */
    static long readingMillis(long characters) {
        return Math.min(READING_MAX_MS, READING_MS + READING_MS_PER_CHAR * Math.max(0, characters));
    }

    private void pause(long millis) throws InterruptedException {
        scheduleNanos.addAndGet(Duration.ofMillis(millis).toNanos());
        long real = Math.round(millis / speed);
        if (real > 0) {
            Thread.sleep(real);
        }
    }
}
