package dev.ride.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.ride.sandbox.Sandbox;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioInstaller;
import dev.ride.scenario.SeedScenario;
import dev.ride.testing.TestSandboxes;

/**
 * {@code --engine external} through the jar, against a server ride did not start (the tests'
 * shared one). ride leaves the drill's databases on such a server: a second run must reuse them.
 */
class ExternalEngineIT {

    @Test
    void twoDrillsInARowOnTheSameServerBothStart() throws Exception {
        Sandbox server = TestSandboxes.shared();
        Scenario seed = SeedScenario.load();
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?user=" + server.user()
                + "&password=" + server.password();
        ScenarioInstaller.uninstall(server, seed);
        try {
            for (String run : new String[] {"first", "second"}) {
                RideProcess.Result r = // the setup's own orders: the live checkout app adds more while the drill runs
                RideProcess.run("select count(*) from orders where id <= 2400;\n",
                        "postgres", "start", SeedScenario.ID, "--engine", "external", "--jdbc-url", url);
                assertThat(r.exitCode()).as("%s run; stdout:\n%s\nstderr:\n%s", run, r.stdout(), r.stderr()).isZero();
                assertThat(r.stdout()).as(run).contains("2400");
            }
        } finally {
            ScenarioInstaller.uninstall(server, seed);
        }
    }
}
