package dev.ride.scenario;

import java.nio.file.Path;

import dev.ride.sandbox.Sandbox;
import dev.ride.testing.TestSandboxes;

/**
 * The seed scenario, loaded from the repository's scenarios/ folder and installed once per test
 * JVM in the shared sandbox. Tests that change it call {@link #fresh()}, which resets it.
 */
public final class SeedScenario {

    public static final String ID = "stage-09/08-migration-applied-to-one-tenant-only";
    public static final Path ROOT = Path.of("scenarios");

    private static boolean installed;

    private SeedScenario() {
    }

    public static Scenario load() {
        return ScenarioLoader.load(ROOT.resolve(ID), ID);
    }

    /** The shared sandbox holding the seed in its broken state, as a learner first sees it. */
    public static synchronized Sandbox fresh() {
        Sandbox sandbox = TestSandboxes.shared();
        Scenario scenario = load();
        if (!installed) {
            // another test JVM run against a kept server may have left it behind
            ScenarioInstaller.uninstall(sandbox, scenario);
            ScenarioInstaller.install(sandbox, scenario);
            installed = true;
        } else {
            ScenarioInstaller.reset(sandbox, scenario);
        }
        return sandbox;
    }
}
