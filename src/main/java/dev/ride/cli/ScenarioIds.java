package dev.ride.cli;

import java.util.Iterator;
import java.util.List;

import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.ScenarioException;

/**
 * The catalog's scenario ids, for shell completion of a SCENARIO argument. picocli creates this
 * when it reads the annotations of every command, so the catalog is scanned only when the ids are
 * asked for ({@code ride completion}), never on the way to a drill.
 */
final class ScenarioIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        try {
            return ScenarioCatalog.scan(ScenarioHome.locate()).scenarios().stream().map(Scenario::id).iterator();
        } catch (ScenarioException e) {
            return List.<String>of().iterator(); // no catalog here: nothing to complete, and no error in a shell's completion
        }
    }
}
