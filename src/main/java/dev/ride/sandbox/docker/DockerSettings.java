package dev.ride.sandbox.docker;

import java.time.Duration;
import java.util.Optional;

/**
 * How the Docker engine runs. Build it with {@link #fromEnvironment} and the {@code with...} methods.
 *
 * @param image        the PostgreSQL image: {@code --image}, else {@code RIDE_IMAGE}, else {@link #DEFAULT_IMAGE}
 * @param dockerHost   overrides {@code DOCKER_HOST} and the Docker context when present
 * @param answerWithin how long the daemon may take to answer a ping before it counts as absent
 * @param readyTimeout how long a new container may take to accept a real login
 * @param runtime      "docker", or "podman" when the daemon is Podman's Docker-compatible socket (its name in messages)
 */
public record DockerSettings(String image, Optional<String> dockerHost, Duration answerWithin, Duration readyTimeout,
                             String runtime) {

    /** The official image at the same major as the embedded engine's bundled binaries. */
    public static final String DEFAULT_IMAGE = "postgres:16";
    public static final String IMAGE_ENV = "RIDE_IMAGE";

    /** Defaults, with the image from {@code imageOption} or the {@code RIDE_IMAGE} environment variable. */
    public static DockerSettings fromEnvironment(Optional<String> imageOption) {
        String image = imageOption.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(System.getenv(IMAGE_ENV)).filter(s -> !s.isBlank()))
                .orElse(DEFAULT_IMAGE);
        // a loaded 2-core machine took 2-6 s to init a cluster; 60 s leaves room for a cold disk
        return new DockerSettings(image.strip(), Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(60), "docker");
    }

    public DockerSettings withImage(String newImage) {
        return new DockerSettings(newImage, dockerHost, answerWithin, readyTimeout, runtime);
    }

    public DockerSettings withDockerHost(String host) {
        return new DockerSettings(image, Optional.ofNullable(host).filter(h -> !h.isBlank()), answerWithin,
                readyTimeout, runtime);
    }

    public DockerSettings withAnswerWithin(Duration within) {
        return new DockerSettings(image, dockerHost, within, readyTimeout, runtime);
    }

    public DockerSettings withReadyTimeout(Duration timeout) {
        return new DockerSettings(image, dockerHost, answerWithin, timeout, runtime);
    }

    /** The same on Podman's socket at {@code host}. */
    public DockerSettings onPodman(String host) {
        return new DockerSettings(image, Optional.of(host), answerWithin, readyTimeout, "podman");
    }
}
