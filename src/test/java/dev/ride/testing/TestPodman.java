package dev.ride.testing;

import java.time.Duration;
import java.util.Optional;

import com.github.dockerjava.api.exception.NotFoundException;

import dev.ride.sandbox.docker.DockerDaemon;
import dev.ride.sandbox.docker.DockerUnavailableException;
import dev.ride.sandbox.docker.PodmanSockets;

/**
 * {@link TestDocker}'s answer for Podman: a Podman socket answers ({@link PodmanSockets}: .ci/run
 * starts {@code podman system service} on the rootful one) and has the image named in
 * RIDE_TEST_IMAGE (.ci/run imports the offline image into Podman too). Otherwise every test that
 * needs it stops with the reason: a failure under {@code CI=true}, a skip elsewhere.
 */
public final class TestPodman {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    private static boolean checked;
    private static String image;
    private static String unavailable;

    private TestPodman() {
    }

    /** Stops the test (a failure under CI=true, a skip elsewhere) unless Podman is here. */
    public static void require() {
        check();
    }

    /** The test image (RIDE_TEST_IMAGE), present in Podman's store. */
    public static String image() {
        check();
        return image;
    }

    private static synchronized void check() {
        if (!checked) {
            unavailable = findWhyUnavailable();
            checked = true;
        }
        if (unavailable != null) {
            MissingEngine.stop("Podman", unavailable);
        }
    }

    private static String findWhyUnavailable() {
        String named = System.getenv("RIDE_TEST_IMAGE");
        if (named == null || named.isBlank()) {
            return "RIDE_TEST_IMAGE is not set (see scripts/build-offline-image.sh).";
        }
        if (PodmanSockets.present().isEmpty()) {
            return "no Podman socket at " + PodmanSockets.candidates() + ". Start one with"
                    + " `podman system service --time=0 unix:///run/podman/podman.sock &`.";
        }
        String host = PodmanSockets.present().get(0);
        DockerDaemon daemon;
        try {
            daemon = DockerDaemon.connect(Optional.of(host), ANSWER_WITHIN);
        } catch (DockerUnavailableException e) {
            return "the Podman socket " + host + " does not answer (" + e.reason() + ").";
        }
        try {
            daemon.client().inspectImageCmd(named).exec();
        } catch (NotFoundException e) {
            return "the test image " + named + " is not in Podman's store. Import it with"
                    + " RIDE_IMAGE_CLIS=\"docker podman\" scripts/build-offline-image.sh " + named + ".";
        }
        image = named;
        return null;
    }
}
