package dev.ride.cli;

import java.util.Iterator;

import dev.ride.sandbox.choice.Engines;

/** The names {@code --engine} accepts, for shell completion (the same list the engine choice uses). */
final class EngineNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Engines.names().iterator();
    }
}
