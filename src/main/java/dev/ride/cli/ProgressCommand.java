package dev.ride.cli;

import dev.ride.drill.ProgressLog;
import dev.ride.drill.ProgressLog.Attempt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Per scenario: your first attempt (the score) and your best (from every :submit).")
final class ProgressCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProgressLog log = new ProgressLog(RidePaths.progressFile());
        List<Attempt> attempts;
        try {
            attempts = log.read();
        } catch (IOException e) {
            spec.commandLine().getErr().println("ride: cannot read your progress: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (attempts.isEmpty()) {
            out.println("No attempts yet. Start one with `ride postgres start ID` and :submit it.");
            return ExitCodes.OK;
        }
        Map<String, Attempt> first = firstPerScenario(attempts);
        Map<String, Attempt> best = bestPerScenario(attempts);
        String row = "%-52s %9s %9s %5s %6s %5s %s%n";
        out.printf(row, "SCENARIO", "FIRST", "BEST", "HINTS", "TIME", "TRIES", "BEST ON");
        for (Attempt b : best.values()) {
            Attempt f = first.get(b.scenario());
            long tries = attempts.stream().filter(a -> a.scenario().equals(b.scenario())).count();
            out.printf(row, b.scenario(), f.score() + "/" + f.max(), b.score() + "/" + b.max(), b.hintsUsed(),
                    b.elapsedSeconds() / 60 + ":" + String.format("%02d", b.elapsedSeconds() % 60), tries,
                    DATE.format(b.at()));
        }
        out.println(attempts.size() + " attempt(s) in " + log.file()
                + ". FIRST is the first :submit of your first drill of it; later ones are practice.");
        return ExitCodes.OK;
    }

    /** The earliest first attempt of each scenario: the one that counts. */
    static Map<String, Attempt> firstPerScenario(List<Attempt> attempts) {
        Map<String, Attempt> first = new LinkedHashMap<>();
        attempts.stream().sorted(Comparator.comparing(Attempt::at))
                .forEach(a -> first.putIfAbsent(a.scenario(), a));
        return first;
    }

    /** Highest score (after hint costs); on a tie the faster, then the one with fewer hints. */
    /** The learner's best attempt per scenario; none, said once on {@code err}, when the progress file cannot be read. */
    static Map<String, Attempt> bestOrNone(PrintWriter err) {
        try {
            return bestPerScenario(new ProgressLog(RidePaths.progressFile()).read());
        } catch (IOException e) {
            err.println("ride: your progress is not shown: " + e.getMessage());
            return Map.of();
        }
    }

    static Map<String, Attempt> bestPerScenario(List<Attempt> attempts) {
        Comparator<Attempt> better = Comparator.comparingInt(Attempt::score)
                .thenComparing(Comparator.comparingLong(Attempt::elapsedSeconds).reversed())
                .thenComparing(Comparator.comparingInt(Attempt::hintsUsed).reversed());
        Map<String, Attempt> best = new LinkedHashMap<>();
        attempts.stream().sorted(Comparator.comparing(Attempt::scenario)).forEach(a ->
                best.merge(a.scenario(), a, (x, y) -> better.compare(x, y) >= 0 ? x : y));
        return best;
    }
}
