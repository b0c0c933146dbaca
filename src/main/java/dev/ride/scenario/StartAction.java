package dev.ride.scenario;

import dev.ride.sandbox.OperatorAction;

/**
 * One entry of {@code at_start:}: an operator action ride runs on the scenario's topology once
 * its actors are in place, before the prompt and after every {@code :reset} (the incident's own
 * event, such as the primary crashing). It is not the learner's: no transcript, no evidence.
 *
 * @param server the server's (or the pooler's) name, as {@link dev.ride.sandbox.TopologySandbox#act} takes it
 */
public record StartAction(OperatorAction action, String server) {

    /** As written in the manifest, {@code stop-server primary}. */
    @Override
    public String toString() {
        return action.command() + " " + server;
    }
}
