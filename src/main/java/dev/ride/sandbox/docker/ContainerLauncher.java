package dev.ride.sandbox.docker;

import java.sql.Connection;
import java.time.Duration;
import java.util.function.Consumer;

import com.github.dockerjava.api.DockerClient;

import dev.ride.sandbox.PortRetry;
import dev.ride.sandbox.PortTaken;

/**
 * Starts one container of the Docker engine: creates it from a {@link ContainerSpec} on a free
 * port, starts it and waits for a real login ({@link Readiness}); the {@link DockerSandbox} it hands
 * out removes the container when closed, and so does a failed start.
 */
final class ContainerLauncher {

    private final DockerClient client;
    private final Duration readyTimeout;

    ContainerLauncher(DockerClient client, Duration readyTimeout) {
        this.client = client;
        this.readyTimeout = readyTimeout;
    }

    /**
     * Creates and starts the container of {@code spec}, waits for a login with {@code loginPassword}
     * (running {@code onLogin} on that first connection), and hands out a sandbox that removes the
     * container when closed.
     */
    DockerSandbox launch(ContainerSpec spec, String baseImage, String loginPassword,
                         Consumer<Connection> onLogin, long begin, StartTrace trace) {
        return PortRetry.onFreePort(port -> launchOn(spec.withHostPort(port), baseImage, loginPassword, onLogin, begin, trace));
    }

    /**
     * As {@link #launch}, on the port of {@code spec}: a port ride picks spares a container inspect
     * (0.1–0.2 s of each start) at the risk of another process taking it first ({@link PortTaken}).
     */
    DockerSandbox launchOn(ContainerSpec spec, String baseImage, String loginPassword,
                                   Consumer<Connection> onLogin, long begin, StartTrace trace) {
        String id = spec.applyTo(client.createContainerCmd(spec.image())).exec().getId();
        trace.step("create");
        // Ctrl-C or SIGTERM while the server starts: the sandbox (and its own hook) does not exist yet
        Thread abort = new Thread(() -> Containers.remove(client, id), "ride-sandbox-abort-" + spec.name());
        Runtime.getRuntime().addShutdownHook(abort);
        try {
            Containers.startOnChosenPort(client, id);
            trace.step("start");
            // each container gets the whole timeout (a first run starts two)
            Readiness.await(client, id, "jdbc:postgresql://127.0.0.1:" + spec.hostPort() + "/postgres",
                    ContainerSpec.SUPERUSER, loginPassword, System.nanoTime(), readyTimeout, onLogin);
            // a prepared scenario's container is logged into with the image's password and given the spec's
            trace.step("ready, login" + (spec.password().equals(loginPassword) ? "" : ", new password"));
            return new DockerSandbox(client, id, spec, baseImage, spec.hostPort(),
                    Duration.ofNanos(System.nanoTime() - begin));
        } catch (RuntimeException e) {
            try {
                Containers.remove(client, id);
            } catch (RuntimeException daemonGone) {
                e.addSuppressed(daemonGone); // the next run's reaper removes it
            }
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(abort);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it removes the container
            }
        }
    }
}
