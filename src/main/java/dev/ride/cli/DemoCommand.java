package dev.ride.cli;

import dev.ride.drill.AsciicastWriter;
import dev.ride.drill.DemoPlayer;
import dev.ride.drill.Drill;
import dev.ride.drill.RecordingOutputStream;
import dev.ride.drill.ScreenWidthWriter;
import dev.ride.drill.StableText;
import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.SandboxException;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.ScenarioException;
import dev.ride.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Play a scenario's reference solution as if typed, on a real sandbox, for screencasts.",
                "What changes between runs is hidden or fixed so two recordings show the same text: the "
                        + "password is shown as •••, the port as 5432, timings and the elapsed time are fixed.",
                "Lines break at the terminal's width (COLUMNS and LINES choose another size), the size the "
                        + "recording's header states."})
final class DemoCommand implements Callable<Integer> {

    /** The solution a demo plays. */
    private static final String REFERENCE = "reference";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", completionCandidates = ScenarioIds.class,
            description = "scenario id (see `ride scenarios`)")
    String scenarioId;

    @Option(names = "--record", paramLabel = "FILE.cast", description = "also write an asciicast v2 recording")
    Path record;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "speed multiplier for typing and reading pauses alike (2 = twice as fast; default: ${DEFAULT-VALUE})")
    double speed;

    @Mixin
    EngineChoice engines;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!(speed > 0)) {
            err.println("ride: --speed takes a number above 0, e.g. 2");
            return ExitCodes.USAGE;
        }
        Scenario scenario;
        Path reference;
        try {
            scenario = ScenarioCatalog.scan(ScenarioHome.locate()).require(scenarioId);
            reference = ScenarioFiles.transcript(scenario.folder(), REFERENCE);
            if (!Files.isRegularFile(reference)) {
                err.println("ride: " + scenario.id() + " has no solutions/reference.txt to play");
                return ExitCodes.NO_SUCH_SCENARIO;
            }
        } catch (ScenarioException e) {
            err.println("ride: " + e.getMessage());
            return ExitCodes.NO_SUCH_SCENARIO;
        }
        List<String> lines = Files.readAllLines(reference, StandardCharsets.UTF_8);
        try {
            SandboxEngine sandboxes = engines.engine();
            // started as `ride postgres start` starts it: the same engine choice, the scenario's
            // servers and pooler when it has them, a sandbox :reset can bring back
            try (BackgroundStart start = new BackgroundStart(sandboxes, scenario.id(), scenario.folder())) {
                start.scenarioLoaded(scenario);
                try (Sandbox sandbox = start.awaitRevivable()) {
                    return play(scenario, sandbox, lines);
                }
            }
        } catch (SandboxException | ScenarioException | java.sql.SQLException e) {
            err.println("ride: " + e.getMessage());
            return ExitCodes.SANDBOX_FAILED;
        }
    }

    private int play(Scenario scenario, Sandbox sandbox, List<String> lines) throws Exception {
        AtomicLong schedule = new AtomicLong();
        boolean terminal = Terminals.stdinIsTerminal();
        try (Drill drill = new Drill(scenario, sandbox, DemoPlayer.clock(schedule), terminal && Colors.enabled())
                .withLearnersTimelineOnly().goLive()) {
            return play(drill, sandbox, lines, schedule);
        }
    }

    private int play(Drill drill, Sandbox sandbox, List<String> lines, AtomicLong schedule) throws Exception {
        Scenario scenario = drill.scenario();
        TerminalSize size = TerminalSize.ofThisProcess();
        int columns = size.columns();
        AsciicastWriter recording = record == null ? null
                : new AsciicastWriter(record, columns, size.lines(), "ride demo · " + scenario.title());
        OutputStream stdout = recording == null ? System.out
                : RecordingOutputStream.withTerminalNewlines(System.out, recording);
        try (recording) {
            // every line broken at the header's width, so the player shows what the header promises
            ScreenWidthWriter fitted = new ScreenWidthWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8),
                    columns);
            PrintWriter screen = new PrintWriter(new StableText(sandbox).filter(fitted), false);
            drill.withWidth(() -> columns);
            new DemoPlayer(speed, schedule).play(drill, lines, screen, columns, fitted::printed);
            screen.flush();
        }
        return ExitCodes.OK;
    }

}
