package dev.ride.score;

import dev.ride.catalog.CatalogReplay;
import dev.ride.scenario.Scenario;

/**
 * The tail stages of the catalog's replays ({@link CatalogReplay#TAIL_STAGES}). It lives here for
 * its name: the test JVMs take classes in name order, and this one must come after every other
 * integration test, so that the JVM that ran them takes it while the other still replays the rest.
 */
class SolutionReplayTailIT extends CatalogReplay {

    @Override
    protected boolean replays(Scenario scenario) {
        return TAIL_STAGES.stream().anyMatch(scenario.id()::startsWith);
    }
}
