package dev.ride.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * Which engines the end-to-end tests run on: embedded always; docker too when an image for it is
 * named in RIDE_TEST_IMAGE (.ci/run builds one offline and sets it).
 */
public final class TestEngines {
    private TestEngines() {
    }

    public static List<String> enginesUnderTest() {
        List<String> engines = new ArrayList<>(List.of("embedded"));
        if (dockerImage() != null) {
            engines.add("docker");
        }
        return engines;
    }

    public static String dockerImage() {
        String image = System.getenv("RIDE_TEST_IMAGE");
        return image == null || image.isBlank() ? null : image;
    }

    /** The command line for {@code engine}: the given words, then --engine (and --image for docker). */
    public static String[] args(String engine, String... words) {
        List<String> args = new ArrayList<>(List.of(words));
        args.add("--engine");
        args.add(engine);
        if (engine.equals("docker")) {
            args.add("--image");
            args.add(dockerImage());
        }
        return args.toArray(String[]::new);
    }
}
