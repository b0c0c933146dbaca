package dev.ride.sandbox.choice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.ride.sandbox.EngineOptions;
import dev.ride.sandbox.ExternalEngine;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.SandboxRegistry;
import dev.ride.sandbox.docker.DockerEngines;
import dev.ride.sandbox.docker.DockerSandboxes;
import dev.ride.sandbox.embedded.EmbeddedEngine;
import dev.ride.sandbox.embedded.EmbeddedSandboxes;

/** Picks a {@link SandboxEngine} by the name given to {@code --engine}. */
public final class Engines {

    /** One entry per engine; "auto" is resolved by {@link #auto(EngineOptions)}. */
    private static final Map<String, Function<EngineOptions, SandboxEngine>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put("auto", Engines::auto);
        FACTORIES.put("docker", DockerEngines::docker);
        FACTORIES.put("podman", DockerEngines::podman);
        FACTORIES.put("embedded", options -> new EmbeddedEngine());
        FACTORIES.put("external", Engines::external);
    }

    private Engines() {
    }

    /** The names {@code --engine} accepts, in help order. */
    public static List<String> names() {
        return List.copyOf(FACTORIES.keySet());
    }

    public static SandboxEngine forName(String name, EngineOptions options) {
        Function<EngineOptions, SandboxEngine> factory = FACTORIES.get(name == null ? "auto" : name);
        if (factory == null) {
            throw new SandboxException("Unknown engine '" + name + "': use one of " + String.join(", ", names()) + ".");
        }
        return factory.apply(options);
    }

    /** The registries {@code ride sandbox ls / rm} consult, one per engine that leaves sandboxes around. */
    public static List<SandboxRegistry> registries() {
        return List.of(new EmbeddedSandboxes(), new DockerSandboxes());
    }

    /**
     * A given --jdbc-url means that server; otherwise Docker when a daemon answers within a second
     * and has the image (ride never pulls one), or else Podman's socket on the same terms; otherwise
     * embedded, which needs nothing but this jar.
     */
    private static SandboxEngine auto(EngineOptions options) {
        return options.jdbcUrl().isPresent() ? external(options) : DockerEngines.dockerOr(options, EmbeddedEngine::new);
    }

    private static SandboxEngine external(EngineOptions options) {
        String url = options.jdbcUrl().orElseThrow(() -> new SandboxException(
                "--engine external needs --jdbc-url jdbc:postgresql://host:port/database?user=...&password=..."));
        return new ExternalEngine(url);
    }
}
