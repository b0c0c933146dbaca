package dev.ride.drill;

import dev.ride.shell.ShellSession;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

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
    static final int READING_MS = 1100;
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
     * Banner, then each line: the prompt, the line key by key, Enter, its output. A last
     * {@code :submit --json} is played as {@code :submit}: the demo ends on the card people read.
     */
    public void play(Drill drill, List<String> lines, PrintWriter screen, int columns)
            throws SQLException, InterruptedException {
        drill.printBanner(screen);
        try (ShellSession session = new ShellSession(drill, drill.scenario().startDatabase(), screen, screen)) {
            session.setInteractive(true);
            session.setTerminalColumns(columns);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (i == lines.size() - 1 && line.strip().equals(":submit --json")) {
                    line = ":submit";
                }
                pause(i == 0 ? READING_MS / 2 : READING_MS);
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
                if (session.handleLine(line) == ShellSession.Outcome.QUIT) {
                    return;
                }
            }
            session.endOfInput();
            pause(READING_MS);
            screen.flush();
        }
    }

    private void pause(long millis) throws InterruptedException {
        scheduleNanos.addAndGet(Duration.ofMillis(millis).toNanos());
        long real = Math.round(millis / speed);
        if (real > 0) {
            Thread.sleep(real);
        }
    }
}
