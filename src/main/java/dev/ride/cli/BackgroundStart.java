package dev.ride.cli;

import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.RevivableSandbox;
import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxEngine;
import dev.ride.sandbox.SandboxException;
import dev.ride.scenario.PreparedScenario;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioFiles;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Starts a scenario's sandbox on its own thread while the caller parses the scenario's manifest
 * and loads the shell's classes. A warm start needs only the scenario folder's fingerprint, not
 * the parsed manifest, and the two halves of a start (copying and booting the server; parsing YAML
 * and class loading in the JVM) take about as long each: on two cores they overlap.
 * <p>
 * A cold start (nothing prepared for this fingerprint) installs the scenario, so it waits for
 * {@link #scenarioLoaded}. If the manifest turns out to be broken, {@link #close} still waits
 * for the start to end and stops the sandbox: nothing is left running.
 */
final class BackgroundStart implements AutoCloseable {

    private final CompletableFuture<Scenario> scenario = new CompletableFuture<>();
    private final CompletableFuture<Sandbox> sandbox = new CompletableFuture<>();
    private final Thread thread;
    private boolean handedOver;

    private final SandboxEngine engine;
    private final String scenarioId;
    private final PreparedState state;

    BackgroundStart(SandboxEngine engine, String scenarioId, Path scenarioFolder) {
        this.engine = engine;
        this.scenarioId = scenarioId;
        this.state = PreparedScenario.of(scenarioFolder, scenario::join);
        boolean topology = ScenarioFiles.declaresTopology(scenarioFolder);
        thread = new Thread(() -> {
            try {
                // a standby or a pooler is in the manifest: its topology comes with the parsed
                // scenario, which the engine waits for only once it has done what needs none of it
                sandbox.complete(topology ? engine.start(scenarioId, state, () -> scenario.join().topology())
                        : engine.start(scenarioId, state));
            } catch (Throwable e) {
                sandbox.completeExceptionally(e);
            }
        }, "ride-sandbox-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The manifest parsed: a cold start can install it now. */
    void scenarioLoaded(Scenario loaded) {
        scenario.complete(loaded);
    }

    /** The manifest could not be used: a cold start gives up. */
    void scenarioFailed(RuntimeException why) {
        scenario.completeExceptionally(why);
    }

    /**
     * Waits for the sandbox; from here on the caller owns it and must close it.
     *
     * @throws SandboxException (or the unchecked exception the start threw) when it failed
     */
    Sandbox await() {
        try {
            Sandbox started = sandbox.get();
            handedOver = true;
            return started;
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while the sandbox started.", e);
        }
    }

    /**
     * The sandbox, able to be started again when its server dies ({@code :reset} then brings a new
     * one up in the broken start, from the same prepared state: a warm start).
     */
    Sandbox awaitRevivable() {
        return RevivableSandbox.of(await(), () -> engine.start(scenarioId, state));
    }

    private static RuntimeException rethrown(Throwable cause) {
        Throwable real = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (real instanceof RuntimeException runtime) {
            return runtime;
        }
        if (real instanceof Error error) {
            throw error;
        }
        return new SandboxException("The sandbox could not start: " + real.getMessage(), real);
    }

    /**
     * Stops a sandbox nobody took (the caller gave up before {@link #await}, e.g. on a broken
     * manifest): interrupts its start (an engine gives up at its next wait and removes what it
     * made) and waits for that to end, so the error message is not followed by a running server.
     */
    @Override
    public void close() {
        if (handedOver) {
            return;
        }
        scenario.completeExceptionally(new IllegalStateException("the drill was abandoned before the sandbox started"));
        thread.interrupt();
        try {
            sandbox.join().close();
        } catch (CompletionException | java.util.concurrent.CancellationException ignored) {
            // the start failed on its own: nothing runs
        }
    }
}
