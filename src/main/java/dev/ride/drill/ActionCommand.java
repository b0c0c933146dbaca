package dev.ride.drill;

import dev.ride.sandbox.ConfigChoice;
import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.OperatorAction;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.text.Spelling;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code :action [NAME SERVER]}: the operator moves that are not SQL (crash a server, start it,
 * promote a standby, fence, pause or resume replay, reload, base backups). Without arguments it
 * lists them, the scenario's configuration choices and the sandbox's servers. {@code :action
 * choose NAME OPTION} makes one of the choices. Each run goes on the transcript (it is evidence,
 * and a change) and on the timeline, failed or not; the list alone goes on the transcript as a
 * look (evidence, no change, not on the timeline).
 */
final class ActionCommand {

    static final String ARGUMENTS = "[NAME SERVER | choose NAME OPTION]";
    static final String DESCRIPTION = "operator actions on the sandbox's servers (crash, start, promote, ...)";

    private final Drill drill;

    ActionCommand(Drill drill) {
        this.drill = drill;
    }

    void run(String args, String db, PrintWriter out) {
        if (!(drill.sandbox() instanceof TopologySandbox topology)) {
            out.println("This scenario runs one server: it offers no operator actions.");
            return;
        }
        List<OperatorAction> offered = drill.scenario().actions();
        String[] words = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        if (words.length == 0) {
            // the list says which servers run and as what: a look, as :log is (a check's ran: can
            // ask for it, "saw the standby stopped"), never a change
            drill.transcript().note(Transcript.Entry.Kind.META, db, ":action");
            list(topology, offered, out);
            return;
        }
        List<String> names = Arrays.stream(OperatorAction.values()).map(OperatorAction::command).toList();
        OperatorAction action = OperatorAction.byCommand(words[0]).orElse(null);
        if (action == null) {
            List<String> offeredNames = offered.stream().map(OperatorAction::command).toList();
            out.println("unknown action " + words[0]
                    + Spelling.closest(words[0], offeredNames.isEmpty() ? names : offeredNames)
                            .map(n -> "; did you mean " + n + "?").orElse("")
                    + " (:action lists them)");
            return;
        }
        if (!offered.contains(action)) {
            out.println(offered.isEmpty()
                    ? "This scenario offers no operator actions: " + action.command() + " is not one of them."
                    : "This scenario does not offer " + action.command() + " (:action lists what it does).");
            return;
        }
        if (action == OperatorAction.CHOOSE) {
            choose(topology, words, db, out);
            return;
        }
        if (words.length != 2) {
            out.println("usage: :action " + action.command() + " SERVER (servers: " + servers(topology) + ")");
            return;
        }
        String line = ":action " + action.command() + " " + words[1];
        // what pg_stat_statements held before the move is the evidence from before it
        Map<String, List<String>> before = drill.firstChanges().beforeOperatorMove();
        try {
            String result = topology.act(action, words[1]);
            drill.firstChanges().keep(before);
            drill.transcript().note(Transcript.Entry.Kind.ACTION, db, line);
            drill.actionRan();
            out.println(result);
        } catch (SandboxException e) {
            drill.transcript().noteFailed(Transcript.Entry.Kind.ACTION, db, line, e.getMessage());
            out.println(e.getMessage());
        }
    }

    /** {@code :action choose NAME OPTION}: one of the scenario's configuration choices. */
    private void choose(TopologySandbox topology, String[] words, String db, PrintWriter out) {
        List<ConfigChoice> choices = topology.topology().choices();
        if (choices.isEmpty()) {
            out.println("This scenario offers no configuration choices.");
            return;
        }
        if (words.length != 3) {
            out.println("usage: :action choose NAME OPTION (" + choiceList(choices) + ")");
            return;
        }
        ConfigChoice choice = topology.topology().choice(words[1]).orElse(null);
        if (choice == null) {
            List<String> names = choices.stream().map(ConfigChoice::name).toList();
            out.println("no choice named " + words[1]
                    + Spelling.closest(words[1], names).map(n -> "; did you mean " + n + "?").orElse("")
                    + " (" + choiceList(choices) + ")");
            return;
        }
        String line = ":action choose " + choice.name() + " " + words[2];
        if (choice.option(words[2]).isEmpty()) {
            List<String> options = List.copyOf(choice.options().keySet());
            String message = choice.name() + " has no option " + words[2]
                    + Spelling.closest(words[2], options).map(n -> "; did you mean " + n + "?").orElse("")
                    + " (its options: " + String.join(", ", options) + ")";
            drill.transcript().noteFailed(Transcript.Entry.Kind.ACTION, db, line, message);
            out.println(message);
            return;
        }
        Map<String, List<String>> before = drill.firstChanges().beforeOperatorMove();
        try {
            String result = topology.choose(choice, words[2]);
            drill.firstChanges().keep(before);
            drill.transcript().note(Transcript.Entry.Kind.ACTION, db, line);
            out.println(result);
        } catch (SandboxException e) {
            drill.transcript().noteFailed(Transcript.Entry.Kind.ACTION, db, line, e.getMessage());
            out.println(e.getMessage());
        }
    }

    private static String choiceList(List<ConfigChoice> choices) {
        return String.join("; ", choices.stream()
                .map(c -> c.name() + ": " + String.join("|", c.options().keySet())).toList());
    }

    private static void list(TopologySandbox topology, List<OperatorAction> offered, PrintWriter out) {
        List<ConfigChoice> choices = topology.topology().choices();
        // choose is only worth listing where there is something to choose
        List<OperatorAction> shown = offered.stream().filter(a -> a != OperatorAction.CHOOSE || !choices.isEmpty()).toList();
        if (shown.isEmpty()) {
            out.println("This scenario offers no operator actions.");
        } else {
            out.println("Actions (:action NAME SERVER):");
            for (OperatorAction a : shown) {
                out.println(String.format("  %-30s %s", a.command(), a.description()));
            }
        }
        if (!choices.isEmpty() && offered.contains(OperatorAction.CHOOSE)) {
            out.println("Choices (:action choose NAME OPTION; the first option is how it started):");
            for (ConfigChoice c : choices) {
                out.println(String.format("  %-30s %s", c.name() + " " + String.join("|", c.options().keySet()), c.about()));
            }
        }
        out.println("Servers:");
        for (Endpoint e : topology.endpoints()) {
            out.println(String.format("  %-12s %-8s %s", e.name(), role(topology, e),
                    topology.isRunning(e.name()) ? "running" : "stopped"));
        }
    }

    /**
     * What a part is now, not what it started as: a promoted standby is a primary. A server that
     * does not answer is shown as it started.
     */
    static String role(TopologySandbox topology, Endpoint e) {
        if (e.kind() != Endpoint.Kind.POOLER && topology.isRunning(e.name())) {
            try {
                return dev.ride.sandbox.ServerControl.inRecovery(e) ? "standby" : "primary";
            } catch (RuntimeException notAnswering) {
                // starting or crashing right now: the kind it started as
            }
        }
        return e.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String servers(TopologySandbox topology) {
        return String.join(", ", topology.endpoints().stream().map(Endpoint::name).toList());
    }
}
