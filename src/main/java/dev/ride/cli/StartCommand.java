package dev.ride.cli;

import dev.ride.drill.Drill;
import dev.ride.drill.DrillClock;
import dev.ride.drill.ProgressLog;
import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.SandboxException;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.Durations;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.ScenarioException;
import dev.ride.scenario.ScenarioFiles;
import dev.ride.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "start",
        mixinStandardHelpOptions = true,
        description = {"Boot a throwaway PostgreSQL in the scenario's broken state and open the shell.",
                "With stdin not a terminal, reads commands like `psql < file`."})
final class StartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", completionCandidates = ScenarioIds.class,
            description = "scenario id, e.g. stage-09/08-migration-applied-to-one-tenant-only (see `ride scenarios`)")
    String scenarioId;

    @Mixin
    EngineChoice engines;



    @Option(names = "--timed", paramLabel = "DURATION", arity = "0..1", fallbackValue = "",
            description = {"time limit, e.g. 15m; a bare --timed uses the scenario's duration; default: untimed.",
                    "Warnings at 5 and 1 minutes left; at zero your work is submitted."})
    String timed;

    @Option(names = "--exam",
            description = "one :submit only: it shows the card, your timeline and the postmortem, then the drill ends"
                    + " (for classes and hiring drills)")
    boolean exam;

    @Option(names = "--record", paramLabel = "FILE.cast",
            description = "write an asciicast v2 recording of the session (asciinema play FILE.cast)")
    java.nio.file.Path record;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        java.nio.file.Path root = ScenarioHome.locate();
        java.nio.file.Path folder = scenarioFolder(root, scenarioId);
        String id = scenarioId;
        if (folder == null) {
            // not a folder of the catalog as typed: the catalog knows other spellings, or says
            // which ids come closest
            try {
                Scenario found = ScenarioCatalog.scan(root).require(scenarioId);
                folder = found.folder();
                id = found.id();
            } catch (ScenarioException e) {
                err.println("ride: " + e.getMessage());
                return ExitCodes.NO_SUCH_SCENARIO;
            }
        }
        Duration limit;
        try {
            limit = timed == null || timed.isEmpty() ? null : Durations.parse(timed);
        } catch (RuntimeException e) {
            err.println("ride: --timed takes a duration like 15m, 90s or 1h: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        boolean interactive = Terminals.stdinIsTerminal();
        SandboxEngine sandboxEngine;
        try {
            sandboxEngine = engines.engine();
        } catch (SandboxException e) {
            err.println("ride: " + e.getMessage());
            return ExitCodes.SANDBOX_FAILED;
        }
        if (interactive) {
            err.println("Starting a PostgreSQL sandbox (" + sandboxEngine.name() + ") for " + id + " ...");
        }
        try (BackgroundStart start = new BackgroundStart(sandboxEngine, id, folder);
             LearnersTerminal terminal = new LearnersTerminal(interactive)) {
            Scenario scenario;
            try {
                scenario = ScenarioLoader.load(folder, id);
                start.scenarioLoaded(scenario);
            } catch (ScenarioException e) {
                start.scenarioFailed(e);
                err.println("ride: " + e.getMessage());
                return ExitCodes.NO_SUCH_SCENARIO;
            }
            if (timed != null && timed.isEmpty()) {
                limit = scenario.duration();
            }
            ShellClasses.preload(interactive);
            try (Sandbox sandbox = start.awaitRevivable();
                 Drill drill = new Drill(scenario, sandbox, new DrillClock(limit), interactive && Colors.enabled())
                         .withProgress(new ProgressLog(RidePaths.progressFile())).asExam(exam).goLive()) {
                ShellLauncher.Options options = new ShellLauncher.Options(record);
                int code = interactive ? ShellLauncher.interactive(drill, options, terminal.handOver())
                        : ShellLauncher.script(drill, options);
                // after the drill, never before its start: the prepared copy it used is the newest entry
                CacheCommand.evictBeyondLimit(err, interactive);
                return code;
            }
        } catch (java.sql.SQLException e) {
            err.println("ride: cannot connect to the sandbox: " + e.getMessage());
            return ExitCodes.SANDBOX_FAILED;
        } catch (SandboxException | ScenarioException e) {
            err.println("ride: " + e.getMessage());
            return ExitCodes.SANDBOX_FAILED;
        }
    }

    /**
     * The scenario's own folder when the id names one (parsing the whole catalog costs start-up
     * time for every other scenario), else null.
     */
    private static java.nio.file.Path scenarioFolder(java.nio.file.Path root, String id) {
        if (id.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*")) {
            java.nio.file.Path folder = root.resolve(id);
            if (java.nio.file.Files.isRegularFile(folder.resolve(ScenarioFiles.MANIFEST))) {
                return folder;
            }
        }
        return null;
    }

    /**
     * The learner's terminal, opened at once (on this thread, while the sandbox boots on another)
     * and closed here unless the shell took it over.
     */
    private static final class LearnersTerminal implements AutoCloseable {
        private org.jline.terminal.Terminal terminal;

        LearnersTerminal(boolean interactive) throws java.io.IOException {
            terminal = interactive ? ShellLauncher.openTerminal() : null;
        }

        org.jline.terminal.Terminal handOver() {
            org.jline.terminal.Terminal mine = terminal;
            terminal = null;
            return mine;
        }

        @Override
        public void close() throws java.io.IOException {
            if (terminal != null) {
                terminal.close();
            }
        }
    }
}
