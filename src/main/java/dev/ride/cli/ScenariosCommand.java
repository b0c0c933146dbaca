package dev.ride.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ride.scenario.Durations;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.ride.drill.ProgressLog;
import dev.ride.drill.ProgressLog.Attempt;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the scenario catalog, with your best score in each.")
final class ScenariosCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "one JSON array on stdout")
    boolean json;

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
        List<Scenario> scenarios = catalog.scenarios();
        Map<String, Attempt> best = best(err);
        if (json) {
            out.println(toJson(scenarios, best));
        } else {
            printTable(out, scenarios, best);
        }
        // A broken scenario is reported but does not hide the others.
        for (ScenarioException problem : catalog.problems()) {
            err.println("ride: skipped a broken scenario: " + problem.getMessage());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The learner's best attempt per scenario; none when the progress file cannot be read (said once). */
    private static Map<String, Attempt> best(PrintWriter err) {
        try {
            return ProgressCommand.bestPerScenario(new ProgressLog(RidePaths.progressFile()).read());
        } catch (IOException e) {
            err.println("ride: your best scores are not shown: " + e.getMessage());
            return Map.of();
        }
    }

    private static void printTable(PrintWriter out, List<Scenario> scenarios, Map<String, Attempt> best) {
        int idWidth = "ID".length();
        int titleWidth = "TITLE".length();
        int topicWidth = "TOPIC".length();
        for (Scenario s : scenarios) {
            idWidth = Math.max(idWidth, s.id().length());
            titleWidth = Math.max(titleWidth, s.title().length());
            topicWidth = Math.max(topicWidth, s.topic().length());
        }
        String row = "%-" + idWidth + "s  %-" + titleWidth + "s  %-" + topicWidth + "s  %-5s  %-8s  %s%n";
        out.printf(row, "ID", "TITLE", "TOPIC", "LEVEL", "DURATION", "BEST");
        for (Scenario s : scenarios) {
            Attempt a = best.get(s.id());
            out.printf(row, s.id(), s.title(), s.topic(), s.level(), Durations.format(s.duration()),
                    a == null ? "-" : a.score() + "/" + a.max());
        }
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
