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
        description = "Your best score per scenario (from every :submit).")
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
        Map<String, Attempt> best = bestPerScenario(attempts);
        String row = "%-52s %-16s %9s %6s %4s %4s %6s %5s%n";
        out.printf(row, "SCENARIO", "DATE", "TOTAL", "DETECT", "FIX", "TRAP", "TIME", "HINTS");
        for (Attempt a : best.values()) {
            out.printf(row, a.scenario(), DATE.format(a.at()), a.total() + "/" + a.max(), a.detect(), a.fix(), a.trap(),
                    a.elapsedSeconds() / 60 + ":" + String.format("%02d", a.elapsedSeconds() % 60), a.hintsUsed());
        }
        out.println(attempts.size() + " attempt(s) in " + log.file());
        return ExitCodes.OK;
    }

    /** Highest total; on a tie the faster, then the one with fewer hints. */
    static Map<String, Attempt> bestPerScenario(List<Attempt> attempts) {
        Comparator<Attempt> better = Comparator.comparingInt(Attempt::total)
                .thenComparing(Comparator.comparingLong(Attempt::elapsedSeconds).reversed())
                .thenComparing(Comparator.comparingInt(Attempt::hintsUsed).reversed());
        Map<String, Attempt> best = new LinkedHashMap<>();
        attempts.stream().sorted(Comparator.comparing(Attempt::scenario)).forEach(a ->
                best.merge(a.scenario(), a, (x, y) -> better.compare(x, y) >= 0 ? x : y));
        return best;
    }
}
