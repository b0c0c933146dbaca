package dev.ride.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A learning path ({@code paths/<id>.yaml}): an ordered walk through scenarios of the catalog
 * towards one job, e.g. the first week on call.
 *
 * @param about     a paragraph: who it is for and what it teaches
 * @param scenarios scenario ids, in the order to take them
 * @param file      the file it was read from
 */
public record LearningPath(String id, String title, String about, List<String> scenarios, Path file) {

    public LearningPath {
        scenarios = List.copyOf(scenarios);
    }
}
