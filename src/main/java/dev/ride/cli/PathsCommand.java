package dev.ride.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.ride.drill.ProgressLog;
import dev.ride.drill.ProgressLog.Attempt;
import dev.ride.scenario.LearningPath;
import dev.ride.scenario.LearningPaths;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.ScenarioException;
import dev.ride.text.Wrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ride paths}: the learning paths (paths/ beside the scenarios), each with the learner's
 * progress from the same progress file {@code ride progress} reads. A scenario counts as done
 * once a :submit of it earned Fix points (doing nothing, or only looking, does not).
 */
@Command(name = "paths", mixinStandardHelpOptions = true,
        description = {"List the learning paths, with your progress on each.",
                "`ride scenarios --path ID` lists one path's scenarios, in order."})
final class PathsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "one JSON array on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LearningPaths paths;
        ScenarioCatalog catalog;
        try {
            catalog = ScenarioCatalog.scan(ScenarioHome.locate());
            paths = LearningPaths.scan(LearningPaths.beside(ScenarioHome.locate()));
        } catch (ScenarioException e) {
            err.println("ride: " + e.getMessage());
            return ExitCodes.NO_SUCH_SCENARIO;
        }
        Map<String, Attempt> best = ProgressCommand.bestOrNone(err);
        if (json) {
            out.println(toJson(paths.paths(), best, catalog));
        } else if (paths.paths().isEmpty()) {
            out.println("No learning paths here (" + LearningPaths.beside(ScenarioHome.locate()) + ").");
        } else {
            print(out, paths.paths(), best, catalog, TerminalSize.ofThisProcess().columns());
        }
        for (ScenarioException problem : paths.problems()) {
            err.println("ride: skipped a broken path: " + problem.getMessage());
        }
        out.flush();
        return ExitCodes.OK;
    }

    static boolean done(Attempt best) {
        return best != null && best.fix() > 0;
    }

    static long doneCount(LearningPath path, Map<String, Attempt> best) {
        return path.scenarios().stream().filter(id -> done(best.get(id))).count();
    }

    /**
     * Per path: its id, progress and title on one line (the title under it when the line would be
     * wider than the screen), its paragraph wrapped to the screen, then its scenarios in order.
     */
    static void print(PrintWriter out, List<LearningPath> paths, Map<String, Attempt> best, ScenarioCatalog catalog,
                      int columns) {
        boolean firstPath = true;
        for (LearningPath path : paths) {
            if (!firstPath) {
                out.println();
            }
            firstPath = false;
            String progress = doneCount(path, best) + "/" + path.scenarios().size() + " done";
            String line = path.id() + "  " + progress + "  " + path.title();
            if (line.length() <= columns) {
                out.println(line);
            } else {
                out.println(path.id() + "  " + progress);
                out.println(Wrap.text("  " + path.title(), columns));
            }
            out.println(Wrap.text("    " + path.about().replaceAll("\\s+", " "), columns));
            int n = 0;
            for (String id : path.scenarios()) {
                n++;
                Attempt a = best.get(id);
                String score = catalog.find(id).isEmpty() ? "(not in this catalog)"
                        : (a == null ? "best -" : "best " + a.score() + "/" + a.max()) + (done(a) ? "  done" : "");
                String entry = String.format("  %2d. %s  %s", n, id, score);
                out.println(entry.length() <= columns ? entry : String.format("  %2d. %s%n      %s", n, id, score));
            }
        }
        out.println();
        out.println(Wrap.text("`ride scenarios --path ID` lists a path's scenarios; `ride postgres start SCENARIO` starts one.", columns));
    }

    private static String toJson(List<LearningPath> paths, Map<String, Attempt> best, ScenarioCatalog catalog) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (LearningPath p : paths) {
            ObjectNode node = array.addObject();
            node.put("id", p.id());
            node.put("title", p.title());
            node.put("about", p.about());
            node.put("done", doneCount(p, best));
            ArrayNode scenarios = node.putArray("scenarios");
            for (String id : p.scenarios()) {
                ObjectNode s = scenarios.addObject();
                s.put("id", id);
                s.put("in_catalog", catalog.find(id).isPresent());
                s.put("done", done(best.get(id)));
                Attempt a = best.get(id);
                if (a == null) {
                    s.putNull("best");
                } else {
                    s.putObject("best").put("score", a.score()).put("max", a.max());
                }
            }
        }
        return mapper.writeValueAsString(array);
    }
}
