package dev.ride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.embedded.PreparedDataDirListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ride cache ls | rm}: what ride keeps between runs to start fast, and removing it. */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = {"Prepared scenarios (data directories, Docker images) and extracted binaries that make starts fast.",
                "The cache directory has an upper size, " + CacheLimit.ENV + " (default " + CacheLimit.DEFAULT_TEXT
                        + "); beyond it the least recently used entries are removed after a drill."},
        subcommands = {CacheCommand.Ls.class, CacheCommand.Rm.class})
final class CacheCommand {

    /**
     * Oldest-first eviction beyond the limit, run after a drill. At a terminal one line on {@code err}
     * says what it removed; in script mode it stays quiet, as psql reading a file would.
     */
    static void evictBeyondLimit(PrintWriter err, boolean tell) {
        try {
            CacheLimit limit = CacheLimit.fromEnvironment(System.getenv());
            List<CacheEntry> evict = limit.overflow(CacheInventory.forEviction(PreparedDataDirListing.cacheDir()), Instant.now());
            int removed = 0;
            for (CacheEntry e : evict) {
                removed += remove(e, null) ? 1 : 0;
            }
            if (removed > 0 && tell) {
                err.println("ride: the cache was over " + Sizes.human(limit.bytes()) + " (" + limit.source() + "): removed the "
                        + removed + " least recently used prepared " + (removed == 1 ? "scenario" : "scenarios") + ".");
            }
        } catch (IllegalArgumentException | SandboxException | java.io.UncheckedIOException e) {
            if (tell) {
                err.println("ride: the cache was not trimmed: " + e.getMessage());
            }
        }
    }

    private static boolean remove(CacheEntry e, PrintWriter err) {
        try {
            e.removal().remove();
            return true;
        } catch (Exception failed) {
            if (err != null) {
                err.println("ride: could not remove " + e.where() + ": " + failed.getMessage());
            }
            return false;
        }
    }

    private static List<CacheEntry> everything(PrintWriter notes) {
        List<CacheEntry> all = new ArrayList<>(CacheInventory.inCacheDirectory(PreparedDataDirListing.cacheDir()));
        all.addAll(CacheInventory.images(notes));
        all.sort(Comparator.comparing(CacheEntry::kind).thenComparing(CacheEntry::lastUsed, Comparator.reverseOrder()));
        return all;
    }

    @Command(name = "ls", mixinStandardHelpOptions = true,
            description = "List prepared data directories, prepared Docker images and extracted binaries, with size and age.")
    static final class Ls implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            CacheLimit limit;
            try {
                limit = CacheLimit.fromEnvironment(System.getenv());
            } catch (IllegalArgumentException e) {
                err.println("ride: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            List<CacheEntry> entries = everything(err);
            print(out, entries, Instant.now());
            Path dir = PreparedDataDirListing.cacheDir();
            long inDir = entries.stream().filter(e -> e.kind() != CacheEntry.Kind.IMAGE).mapToLong(CacheEntry::bytes).sum();
            out.println();
            out.println(dir + ": " + Sizes.human(inDir) + " of at most " + Sizes.human(limit.bytes()) + " (" + limit.source() + ").");
            out.println("Remove with: ride cache rm SCENARIO | ride cache rm --stale | ride cache rm --all");
            out.flush();
            return ExitCodes.OK;
        }

        static void print(PrintWriter out, List<CacheEntry> entries, Instant now) {
            if (entries.isEmpty()) {
                out.println("The cache is empty: the next drill prepares its scenario once, then starts from that copy.");
                return;
            }
            int scenarioWidth = "SCENARIO".length();
            for (CacheEntry e : entries) {
                scenarioWidth = Math.max(scenarioWidth, e.scenario().length());
            }
            String row = "%-8s  %-" + scenarioWidth + "s  %8s  %7s  %s%n";
            out.printf(row, "KIND", "SCENARIO", "SIZE", "USED", "WHERE");
            for (CacheEntry e : entries) {
                out.printf(row, e.kind().label, e.scenario(), Sizes.human(e.bytes()),
                        Sizes.age(Duration.between(e.lastUsed(), now)) + "", e.where());
            }
        }
    }

    @Command(name = "rm", mixinStandardHelpOptions = true,
            description = "Remove the prepared copies of one scenario, the stale ones, or everything (the next start prepares again).")
    static final class Rm implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SCENARIO", arity = "0..1", completionCandidates = ScenarioIds.class,
                description = "a scenario id as `ride cache ls` shows it")
        String scenario;

        @Option(names = "--all", description = "everything in the cache, binaries included")
        boolean all;

        @Option(names = "--stale", description = "entries no scenario of this catalog and ride would use")
        boolean stale;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if ((scenario != null ? 1 : 0) + (all ? 1 : 0) + (stale ? 1 : 0) != 1) {
                err.println("ride: say what to remove: a SCENARIO, --stale or --all (see `ride cache ls`).");
                return ExitCodes.USAGE;
            }
            List<CacheEntry> chosen = everything(err).stream()
                    .filter(e -> all || (stale ? e.scenario().equals(CacheInventory.STALE) : e.scenario().equals(scenario)))
                    .toList();
            if (chosen.isEmpty()) {
                out.println(scenario != null ? "Nothing cached for " + scenario + "." : "Nothing to remove.");
                out.flush();
                return ExitCodes.OK;
            }
            long freed = 0;
            int failed = 0;
            for (CacheEntry e : chosen) {
                if (remove(e, err)) {
                    out.println("removed " + e.kind().label + " " + e.where() + " (" + Sizes.human(e.bytes()) + ")");
                    freed += e.bytes();
                } else {
                    failed++;
                }
            }
            out.println("Freed " + Sizes.human(freed) + ".");
            out.flush();
            return failed == 0 ? ExitCodes.OK : ExitCodes.SANDBOX_FAILED;
        }
    }
}
