package dev.ride.cli;

import java.util.Iterator;

import dev.ride.scenario.LearningPath;
import dev.ride.scenario.LearningPaths;

/** The learning paths' ids, for shell completion of {@code --path}; read only when asked ({@code ride completion}). */
final class PathIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return LearningPaths.scan(LearningPaths.beside(ScenarioHome.locate())).paths().stream()
                .map(LearningPath::id).iterator();
    }
}
