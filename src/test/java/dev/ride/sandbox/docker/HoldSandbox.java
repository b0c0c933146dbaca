package dev.ride.sandbox.docker;

import java.util.Optional;

/**
 * Run in a child JVM by {@link DockerShutdownTest}: starts a Docker sandbox with the image in
 * {@code args[0]} and the label in {@code args[1]}, prints {@code container=<id>}, and waits to be signalled. It never closes the
 * sandbox itself: what happens to the container is up to the shutdown hook (SIGTERM) or the next
 * run's reaper ({@code kill -9}).
 */
public final class HoldSandbox {

    private HoldSandbox() {
    }

    public static void main(String[] args) throws InterruptedException {
        DockerSandbox sandbox = DockerEngine.connect(DockerSettings.fromEnvironment(Optional.of(args[0])))
                .start(args[1]);
        System.out.println("container=" + sandbox.containerId());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
