package dev.ride.testing;

import java.time.Duration;
import java.util.Optional;

import com.github.dockerjava.api.exception.NotFoundException;

import dev.ride.sandbox.docker.DockerDaemon;
import dev.ride.sandbox.docker.DockerUnavailableException;

/**
 * The one answer to "can this test use Docker?", for every test that needs it. Docker is here when
 * a daemon answers and the image named in RIDE_TEST_IMAGE is on it (.ci/run builds
 * ride/postgres:15-offline offline and sets the variable). When it is not, every such test stops
 * with the same message: under {@code CI=true} as a failure, since CI must run the Docker tests;
 * elsewhere as a skip, so a machine without Docker can still run the rest of the suite.
 *
 * <p>The answer is found once per test JVM (connecting may take seconds) and kept.
 */
public final class TestDocker {

    /** How long the daemon may take to answer its first ping before it counts as absent. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    private static boolean checked;
    private static DockerDaemon daemon;
    private static String image;
    private static String unavailable;

    private TestDocker() {
    }

    /** Stops the test (a failure under CI=true, a skip elsewhere) unless Docker is here. */
    public static void require() {
        check();
    }

    /** The test image (RIDE_TEST_IMAGE), present on the daemon; fails or skips the test otherwise. */
    public static String image() {
        check();
        return image;
    }

    /** The daemon the Docker tests share; fails or skips the test when Docker is not here. */
    public static DockerDaemon daemon() {
        check();
        return daemon;
    }

    private static synchronized void check() {
        if (!checked) {
            unavailable = findWhyUnavailable();
            checked = true;
        }
        if (unavailable != null) {
            MissingEngine.stop("Docker", unavailable);
        }
    }

    /** Null when Docker is here (and {@link #daemon}, {@link #image} are set), else the reason and the fix. */
    private static String findWhyUnavailable() {
        String named = System.getenv("RIDE_TEST_IMAGE");
        if (named == null || named.isBlank()) {
            return "RIDE_TEST_IMAGE is not set. Build the image with scripts/build-offline-image.sh and"
                    + " export RIDE_TEST_IMAGE=ride/postgres:15-offline.";
        }
        try {
            daemon = DockerDaemon.connect(Optional.empty(), ANSWER_WITHIN);
        } catch (DockerUnavailableException e) {
            return e.getMessage() + " Start one with scripts/docker/start-dockerd.sh.";
        }
        try {
            daemon.client().inspectImageCmd(named).exec();
        } catch (NotFoundException e) {
            return "the test image " + named + " (RIDE_TEST_IMAGE) is not on the daemon. Build it with"
                    + " scripts/build-offline-image.sh " + named + ".";
        }
        image = named;
        return null;
    }
}
