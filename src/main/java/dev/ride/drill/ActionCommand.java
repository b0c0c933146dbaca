package dev.ride.drill;

import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.OperatorAction;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.text.Spelling;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * {@code :action [NAME SERVER]}: the operator moves that are not SQL (crash a server, start it,
 * promote a standby, fence, pause or resume replay, reload, base backups). Without arguments it
 * lists them and the sandbox's servers. Each run goes on the transcript (it is evidence, and a
 * change) and on the timeline, failed or not.
 */
final class ActionCommand {

    static final String ARGUMENTS = "[NAME SERVER]";
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
        if (words.length != 2) {
            out.println("usage: :action " + action.command() + " SERVER (servers: " + servers(topology) + ")");
            return;
        }
        String line = ":action " + action.command() + " " + words[1];
        try {
            String result = topology.act(action, words[1]);
            drill.transcript().note(Transcript.Entry.Kind.ACTION, db, line);
            drill.actionRan();
            out.println(result);
        } catch (SandboxException e) {
            drill.transcript().noteFailed(Transcript.Entry.Kind.ACTION, db, line, e.getMessage());
            out.println(e.getMessage());
        }
    }

    private static void list(TopologySandbox topology, List<OperatorAction> offered, PrintWriter out) {
        if (offered.isEmpty()) {
            out.println("This scenario offers no operator actions.");
        } else {
            out.println("Actions (:action NAME SERVER):");
            for (OperatorAction a : offered) {
                out.println(String.format("  %-30s %s", a.command(), a.description()));
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
    private static String role(TopologySandbox topology, Endpoint e) {
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
