package dev.ride.resilience;

import dev.ride.e2e.TestEngines;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the docker variants of the resilience tests run. Under CI=true they must: a missing
 * image or daemon fails the test. Elsewhere they run when RIDE_TEST_IMAGE names an image and are
 * skipped with the reason otherwise.
 */
final class DockerForTests {

    private DockerForTests() {
    }

    /** The image to use; fails (CI) or aborts the test (elsewhere) when docker cannot be used. */
    static String requireImage() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        String image = TestEngines.dockerImage();
        String problem = null;
        if (image == null) {
            problem = "RIDE_TEST_IMAGE is not set (.ci/run builds ride/postgres:15-offline and sets it)";
        } else {
            try {
                Leftovers.docker("image", "inspect", image);
            } catch (Exception e) {
                problem = "the Docker daemon or the image " + image + " is not available: " + e.getMessage();
            }
        }
        if (problem != null) {
            if (ci) {
                throw new AssertionError("CI=true and " + problem);
            }
            Assumptions.abort(problem);
        }
        return image;
    }
}
