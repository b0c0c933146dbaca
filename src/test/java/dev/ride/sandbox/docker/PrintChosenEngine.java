package dev.ride.sandbox.docker;

import dev.ride.sandbox.EngineOptions;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.choice.Engines;

/**
 * A test program, not the CLI's {@code dev.ride.cli.EngineChoice}: run in a child JVM by
 * {@link EngineChoiceTest}, so the engine is chosen under a real environment ({@code DOCKER_HOST}),
 * it prints {@code engine=<name>}, or {@code error=<message>} and exits 1 the way the CLI does.
 */
public final class PrintChosenEngine {

    private PrintChosenEngine() {
    }

    public static void main(String[] args) {
        try {
            System.out.println("engine=" + Engines.forName(args[0], EngineOptions.defaults()).name());
        } catch (SandboxException e) {
            System.out.println("error=" + e.getMessage());
            System.exit(1);
        }
    }
}
