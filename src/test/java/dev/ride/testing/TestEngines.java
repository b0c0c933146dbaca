package dev.ride.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Which engines the end-to-end tests run on: embedded, docker and podman. A docker or podman run
 * needs the image named in RIDE_TEST_IMAGE (.ci/run builds one offline, imports it into both and
 * sets the variable); without it {@link TestDocker} / {@link TestPodman} skips that run, or fails
 * it under CI=true, with the reason, so no engine is dropped quietly.
 */
public final class TestEngines {
    private TestEngines() {
    }

    public static List<String> enginesUnderTest() {
        return List.of("embedded", "docker", "podman");
    }

    /**
     * The command line for {@code engine}: the given words, then --engine (and --image for docker).
     * For docker, stops the test first (skip, or failure under CI=true) when Docker is not here.
     */
    public static String[] args(String engine, String... words) {
        List<String> args = new ArrayList<>(List.of(words));
        args.add("--engine");
        args.add(engine);
        if (engine.equals("docker")) {
            args.add("--image");
            args.add(TestDocker.image());
        } else if (engine.equals("podman")) {
            args.add("--image");
            args.add(TestPodman.image());
        }
        return args.toArray(String[]::new);
    }
}
