package dev.ride.catalog;

import dev.ride.scenario.Scenario;

/** The catalog's replays, but for the tail stages ({@link CatalogReplay#TAIL_STAGES}). */
class SolutionReplayIT extends CatalogReplay {

    @Override
    protected boolean replays(Scenario scenario) {
        return TAIL_STAGES.stream().noneMatch(scenario.id()::startsWith);
    }
}
