package dev.ride.cli;

import dev.ride.drill.SolutionVerifier;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.scenario.CardFacts;
import dev.ride.scenario.CatalogLint;
import dev.ride.scenario.KindScores;
import dev.ride.scenario.KnownGaps;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.ScenarioException;
import dev.ride.scenario.ScenarioFiles;
import dev.ride.scenario.ScenarioLoader;
import dev.ride.scenario.Solution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "For scenario authors: check a scenario, start a new one.",
        subcommands = {ScenarioCommand.Verify.class, ScenarioCommand.New.class})
final class ScenarioCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Replay every solution transcript on a fresh sandbox and compare its card with the "
                    + "expected .card.json.", "With --all, the catalog lint first (see docs/scenario-format.md).",
                    "One line per solution; exit status 1 when any card differs or the lint fails."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", arity = "0..1", completionCandidates = ScenarioIds.class,
            description = "the scenario (see `ride scenarios`)")
        String id;

        @Option(names = "--all", description = "every scenario of the catalog")
        boolean all;

        @Option(names = "--lint-only", description = "with --all: only the catalog lint (manifests, transcripts and"
                + " stored cards; starts no server)")
        boolean lintOnly;

        @Option(names = "--write-cards", description = "for authors: where a card differs, write the replay's card"
                + " as the expected .card.json (review the change with git diff)")
        boolean writeCards;

        @Mixin
        EngineChoice engines;



        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (all == (id != null)) {
                err.println("ride: name one scenario, or --all.");
                return ExitCodes.USAGE;
            }
            if (lintOnly && !all) {
                err.println("ride: --lint-only lints the whole catalog: use it with --all.");
                return ExitCodes.USAGE;
            }
            List<Scenario> scenarios;
            ScenarioCatalog catalog = ScenarioCatalog.scan(ScenarioHome.locate());
            try {
                scenarios = all ? catalog.scenarios() : List.of(catalog.require(id));
            } catch (ScenarioException e) {
                err.println("ride: " + e.getMessage());
                return ExitCodes.NO_SUCH_SCENARIO;
            }
            int failures = 0;
            if (all) {
                // the lint reports the scenarios that do not load, among its findings
                failures += lint(out);
                if (lintOnly) {
                    return failures == 0 ? ExitCodes.OK : 1;
                }
            }
            SandboxEngine sandboxes = engines.engine();
            SolutionVerifier verifier = new SolutionVerifier(sandboxes);
            int solutions = 0;
            for (Scenario scenario : scenarios) {
                if (scenario.solutions().isEmpty()) {
                    out.println("FAIL " + scenario.id() + ": no solutions listed in " + scenario.manifest());
                    failures++;
                }
                for (Solution solution : scenario.solutions()) {
                    SolutionVerifier.Outcome o = verifier.verify(scenario, solution);
                    String name = (all ? scenario.id() + " / " : "") + solution.name();
                    out.println(o.ok()
                            ? String.format("ok   %-24s %s", name, o.actualScore())
                            : String.format("FAIL %-24s expected %s got %s: %s", name, o.expectedScore(),
                                    o.actualScore(), o.problem()));
                    if (!o.ok() && writeCards && o.actualCard() != null) {
                        try {
                            java.nio.file.Files.writeString(solution.card(), o.actualCard() + "\n");
                            out.println("     wrote " + solution.card());
                        } catch (java.io.IOException e) {
                            out.println("     cannot write " + solution.card() + ": " + e.getMessage());
                        }
                    }
                    String replayed = replayedScore(solution, o);
                    if (replayed != null) {
                        out.println("FAIL lint " + scenario.id() + ": " + replayed + " on replay [scores]");
                        failures++;
                    }
                    out.flush();
                    solutions++;
                    failures += o.ok() ? 0 : 1;
                }
            }
            out.println(solutions + " solution(s) of " + scenarios.size() + " scenario(s) on " + sandboxes.name() + ": "
                    + (failures == 0 ? "all cards match" : failures + " failure(s)"));
            return failures == 0 ? ExitCodes.OK : 1;
        }

        /** The static catalog lint; one line per finding; the number of failures. */
        private static int lint(PrintWriter out) {
            CatalogLint.Report report = CatalogLint.run(ScenarioHome.locate());
            report.known().forEach(f -> out.println("known lint " + f));
            report.failures().forEach(f -> out.println("FAIL lint " + f));
            out.println("lint: " + (report.passed() ? "passed" : report.failures().size() + " failure(s)")
                    + (report.known().isEmpty() ? "" : ", " + report.known().size() + " known gap(s) in "
                    + KnownGaps.FILE));
            out.flush();
            return report.failures().size();
        }

        /** Doing nothing must score 0 and the reference the maximum on the replay too, not only on its stored card. */
        private static String replayedScore(Solution solution, SolutionVerifier.Outcome o) {
            if (solution.kind() == null || o.actualCard() == null) {
                return null;
            }
            try {
                return KindScores.problem(solution.kind(), CardFacts.parse(o.actualCard())).orElse(null);
            } catch (java.io.IOException e) {
                return null; // the comparison with the stored card already says what is wrong with it
            }
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Write a skeleton scenario folder (it loads as it is; edit every value).")
    static final class New implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "e.g. stage-10/01-lock-queue-behind-a-migration")
        String id;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!ScenarioSkeleton.ID.matcher(id).matches()) {
                err.println("ride: a scenario id is lower-case words with dashes, e.g. stage-10/01-lock-queue");
                return ExitCodes.USAGE;
            }
            Path folder = ScenarioHome.locate().resolve(id);
            try {
                for (Path file : ScenarioSkeleton.write(folder, id)) {
                    out.println("wrote " + file);
                }
                ScenarioLoader.load(folder, id);
            } catch (java.io.IOException | ScenarioException e) {
                err.println("ride: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            out.println("Edit " + folder.resolve(ScenarioFiles.MANIFEST) + ", then: ride scenario verify " + id);
            return ExitCodes.OK;
        }
    }
}
