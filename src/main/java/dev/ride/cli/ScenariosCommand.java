package dev.ride.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ride.scenario.Durations;
import dev.ride.scenario.LearningPaths;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.ScenarioException;
import dev.ride.text.Wrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.ride.drill.ProgressLog;
import dev.ride.drill.ProgressLog.Attempt;

import java.io.PrintWriter;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "scenarios", mixinStandardHelpOptions = true, description = {"List the scenario catalog, with your best score in each.",
        "--path, --topic and --level narrow the list (together: all of them hold)."})
final class ScenariosCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "one JSON array on stdout")
    boolean json;

    @Option(names = "--path", paramLabel = "ID", completionCandidates = PathIds.class,
            description = "only the scenarios of this learning path, in its order (see `ride paths`)")
    String path;

    @Option(names = "--topic", paramLabel = "TEXT", description = "only scenarios whose topic has TEXT in it (any case)")
    String topic;

    @Option(names = "--level", paramLabel = "LEVEL", description = "only scenarios of this level: L1 to L5")
    String level;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioCatalog catalog;
        try {
            catalog = ScenarioCatalog.scan(ScenarioHome.locate());
        } catch (ScenarioException e) {
            err.println("ride: " + e.getMessage());
            return ExitCodes.NO_SUCH_SCENARIO;
        }
        CatalogFilter filter = CatalogFilter.apply(catalog.scenarios(),
                path == null ? null : LearningPaths.scan(LearningPaths.beside(ScenarioHome.locate())), path, topic, level);
        if (filter.problem() != null) {
            err.println("ride: " + filter.problem());
            return ExitCodes.USAGE;
        }
        List<Scenario> scenarios = filter.scenarios();
        Map<String, Attempt> best = ProgressCommand.bestOrNone(err);
        if (scenarios.isEmpty() && !json) {
            out.println("No scenario matches (`ride scenarios` lists them all).");
        } else if (json) {
            out.println(toJson(scenarios, best));
        } else {
            printTable(out, scenarios, best, TerminalSize.ofThisProcess().columns());
        }
        // A broken scenario is reported but does not hide the others.
        for (ScenarioException problem : catalog.problems()) {
            err.println("ride: skipped a broken scenario: " + problem.getMessage());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * One row per scenario where the table fits the screen ({@code columns}: the terminal's, or
     * 80 for piped output); else grouped by topic, each scenario's id, level, duration and best
     * score on one line and its title under it.
     */
    private static void printTable(PrintWriter out, List<Scenario> scenarios, Map<String, Attempt> best, int columns) {
        int idWidth = "ID".length();
        int titleWidth = "TITLE".length();
        int topicWidth = "TOPIC".length();
        for (Scenario s : scenarios) {
            idWidth = Math.max(idWidth, s.id().length());
            titleWidth = Math.max(titleWidth, s.title().length());
            topicWidth = Math.max(topicWidth, s.topic().length());
        }
        String row = "%-" + idWidth + "s  %-" + titleWidth + "s  %-" + topicWidth + "s  %-5s  %-8s  %s%n";
        if (idWidth + titleWidth + topicWidth + "  ".length() * 5 + "LEVEL".length() + "DURATION".length()
                + "100/100".length() > columns) {
            printByTopic(out, scenarios, best, idWidth, columns);
            return;
        }
        out.printf(row, "ID", "TITLE", "TOPIC", "LEVEL", "DURATION", "BEST");
        for (Scenario s : scenarios) {
            out.printf(row, s.id(), s.title(), s.topic(), s.level(), Durations.format(s.duration()), bestOf(best, s));
        }
    }

    private static void printByTopic(PrintWriter out, List<Scenario> scenarios, Map<String, Attempt> best, int idWidth,
                                     int columns) {
        String topic = null;
        for (Scenario s : scenarios) {
            if (!s.topic().equals(topic)) {
                out.println((topic == null ? "" : "\n") + s.topic());
                topic = s.topic();
            }
            String line = String.format("  %-" + idWidth + "s  %-3s %-4s best %s", s.id(), s.level(),
                    Durations.format(s.duration()), bestOf(best, s));
            out.println(line.length() <= columns ? line : String.format("  %s  %s %s best %s", s.id(), s.level(),
                    Durations.format(s.duration()), bestOf(best, s)));
            out.println(Wrap.text("    " + s.title(), columns));
        }
    }

    private static String bestOf(Map<String, Attempt> best, Scenario s) {
        Attempt a = best.get(s.id());
        return a == null ? "-" : a.score() + "/" + a.max();
    }

    private static String toJson(List<Scenario> scenarios, Map<String, Attempt> best) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (Scenario s : scenarios) {
            ObjectNode node = array.addObject();
            node.put("id", s.id());
            node.put("title", s.title());
            node.put("topic", s.topic());
            node.put("level", s.level());
            node.put("duration_s", s.duration().toSeconds());
            Attempt a = best.get(s.id());
            if (a == null) {
                node.putNull("best");
            } else {
                node.putObject("best").put("score", a.score()).put("total", a.total()).put("max", a.max()).put("at", a.at().toString())
                        .put("elapsed_s", a.elapsedSeconds()).put("hints", a.hintsUsed());
            }
        }
        return mapper.writeValueAsString(array);
    }
}
