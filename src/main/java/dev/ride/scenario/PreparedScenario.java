package dev.ride.scenario;

import java.nio.file.Path;
import java.util.function.Supplier;

import dev.ride.sandbox.PreparedState;

/**
 * A scenario's broken state as an engine can keep it: keyed by the scenario's fingerprint and
 * built by {@link ScenarioInstaller#install}. Every drill, demo and solution replay starts its
 * sandbox from one of these.
 */
public final class PreparedScenario {

    private PreparedScenario() {
    }

    /** The prepared state of a loaded scenario. */
    public static PreparedState of(Scenario scenario) {
        return of(scenario.folder(), () -> scenario);
    }

    /**
     * The prepared state of the scenario in {@code folder}, before its manifest is parsed: the key
     * needs only the folder's files, so a warm start can begin at once; only a cold start (an
     * install) asks {@code loaded} for the parsed scenario, and waits for it.
     * <p>
     * The key is also what the install writes into its templates' comments (and compares, on a
     * server that keeps them: the external engine's).
     */
    public static PreparedState of(Path folder, Supplier<Scenario> loaded) {
        String fingerprint = ScenarioFingerprint.of(folder);
        return new PreparedState(fingerprint, sandbox -> ScenarioInstaller.install(sandbox, loaded.get(), fingerprint));
    }
}
