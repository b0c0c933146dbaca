package dev.ride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ride doctor}: one line per thing ride depends on, each saying what works and what to do.
 * Exits 0 when the default engine ({@code --engine auto}: Docker, else embedded) can start a
 * sandbox here, so a script can ask before it starts a drill.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check what ride needs on this machine, and say what to do.",
                "Engines (Docker, Podman, the bundled PostgreSQL), PgBouncer, the terminal, cache space, /dev/shm"
                        + " and the clock: one line each. Exit code 0 when the default engine (--engine auto) works."})
final class DoctorCommand implements Callable<Integer> {

    /** Not 0, not picocli's 2: the default engine cannot run here. */
    static final int NO_ENGINE = 1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> env = System.getenv();
        Finding docker = EngineChecks.docker();
        Finding embedded = EngineChecks.embedded();
        List<Finding> findings = List.of(docker, EngineChecks.podman(), embedded, EngineChecks.pgbouncer(),
                HostChecks.terminal(env), HostChecks.cacheSpace(env), HostChecks.sharedMemory(Path.of("/dev/shm")),
                ClockCheck.check(Instant.now(), RideVersion.committedAt(), ZoneId.systemDefault()));
        for (Finding f : findings) {
            out.println(f.line());
            out.flush(); // each line as soon as it is known: a slow check should not hide the quick ones
        }
        Finding verdict = defaultEngine(docker, embedded);
        out.println(verdict.line());
        out.flush();
        return verdict.works() ? ExitCodes.OK : NO_ENGINE;
    }

    /** What {@code --engine auto} would pick: Docker when it answers, else embedded. */
    static Finding defaultEngine(Finding docker, Finding embedded) {
        if (docker.works()) {
            return Finding.ok("default", "--engine auto uses Docker here.");
        }
        if (embedded.works()) {
            return Finding.ok("default", "--engine auto uses the embedded engine here (no Docker daemon answers).");
        }
        return Finding.missing("default", "No engine works here: start Docker, or set RIDE_PG_BIN to a PostgreSQL 16's"
                + " bin directory, or give --engine external --jdbc-url.");
    }
}
