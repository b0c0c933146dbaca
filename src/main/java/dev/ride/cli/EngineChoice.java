package dev.ride.cli;

import dev.ride.sandbox.EngineOptions;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.choice.Engines;
import picocli.CommandLine.Option;

/** The engine options every command that starts a sandbox takes (a picocli mixin). */
final class EngineChoice {

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto", completionCandidates = EngineNames.class,
            description = "auto, docker, podman, embedded or external (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "the server for --engine external")
    String jdbcUrl;

    @Option(names = "--image", paramLabel = "IMAGE", description = "image for --engine docker or podman (or RIDE_IMAGE)")
    String image;

    /** @throws dev.ride.sandbox.SandboxException with one sentence when the engine cannot be used */
    SandboxEngine engine() {
        return Engines.forName(engine, EngineOptions.defaults().withJdbcUrl(jdbcUrl).withImage(image));
    }
}
