package dev.ride.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import dev.ride.actor.ActorSpec;
import dev.ride.sandbox.OperatorAction;
import dev.ride.sandbox.Topology;
import dev.ride.text.Spelling;

/**
 * What of a manifest names a part of its topology, checked against it: an actor's {@code server:},
 * a check's {@code on:} and {@code server:} condition, and the {@code actions:} the drill offers.
 * {@code pooler} always names the pooler, whatever the scenario called it.
 */
final class TopologyParts {

    private final Topology topology;
    private final BiFunction<String, String, ScenarioException> fail;

    TopologyParts(Topology topology, BiFunction<String, String, ScenarioException> fail) {
        this.topology = topology;
        this.fail = fail;
    }

    /** The actors with their {@code server:} resolved (the primary's name becomes the default, empty). */
    List<ActorSpec> actorServers(List<ActorSpec> actors) {
        List<ActorSpec> out = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            ActorSpec a = actors.get(i);
            out.add(a.server().isEmpty() ? a : a.onServer(Optional.ofNullable(part(a.server().get(), "/actors/" + i + "/server",
                    "actor " + a.name()))));
        }
        return out;
    }

    /** A check's {@code on:}: a server's or the pooler's name; null for the primary. */
    String on(String name, String at, String checkId) {
        return part(name, at, "check '" + checkId + "'");
    }

    /**
     * {@code actions:}; absent: none for a scenario of one server, every action for one with
     * standbys or a pooler (a sandbox to try things on; an incident names its own).
     */
    List<OperatorAction> actions(List<String> names) {
        if (names == null) {
            return topology.isSingleServer() ? List.of() : List.of(OperatorAction.values());
        }
        if (topology.isSingleServer()) {
            throw fail.apply("/actions", "actions: act on the servers of servers: or pooler:, and this scenario has one server");
        }
        List<String> known = Arrays.stream(OperatorAction.values()).map(OperatorAction::command).toList();
        Set<OperatorAction> actions = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String at = "/actions/" + i;
            OperatorAction action = OperatorAction.byCommand(name == null ? "" : name.strip())
                    .orElseThrow(() -> fail.apply(at, "unknown action '" + name + "'" + Spelling.hint(String.valueOf(name), known)
                            + " (actions: " + String.join(", ", known) + ")"));
            if (action == OperatorAction.REPOINT_POOLER && topology.pooler().isEmpty()) {
                throw fail.apply(at, "repoint-pooler needs a pooler: (this scenario has none)");
            }
            actions.add(action);
        }
        return List.copyOf(actions);
    }

    /**
     * {@code at_start:}: {@code "ACTION SERVER"} entries, each a known action on a part of this
     * topology (whether the scenario offers it to the learner does not matter).
     */
    List<StartAction> atStart(List<String> entries) {
        if (entries == null) {
            return List.of();
        }
        if (topology.isSingleServer()) {
            throw fail.apply("/at_start", "at_start: acts on the servers of servers: or pooler:, and this scenario has one server");
        }
        List<String> known = Arrays.stream(OperatorAction.values()).map(OperatorAction::command).toList();
        List<StartAction> actions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "/at_start/" + i;
            String[] words = entries.get(i) == null ? new String[0] : entries.get(i).strip().split("\\s+");
            if (words.length != 2) {
                throw fail.apply(at, "at_start: write each entry as ACTION SERVER, e.g. 'stop-server primary'");
            }
            OperatorAction action = OperatorAction.byCommand(words[0]).orElseThrow(() -> fail.apply(at,
                    "unknown action '" + words[0] + "'" + Spelling.hint(words[0], known) + " (actions: " + String.join(", ", known) + ")"));
            String server = part(words[1], at, "at_start");
            actions.add(new StartAction(action, server == null ? topology.primary() : server));
        }
        return List.copyOf(actions);
    }

    /** A check's {@code server:} condition: the state of one server. */
    Condition.ServerState serverState(Manifest.ServerStateEntry e, String at, String checkId) {
        if (e.name() == null || !topology.serverNames().contains(e.name())) {
            throw fail.apply(at + "/name", "server: names '" + e.name() + "', which is not one of the servers "
                    + topology.serverNames() + " (check '" + checkId + "')");
        }
        Condition.ServerState.Role role = null;
        if (e.role() != null) {
            try {
                role = Condition.ServerState.Role.valueOf(e.role().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException bad) {
                throw fail.apply(at + "/role", "role '" + e.role() + "' must be primary or standby (check '" + checkId + "')");
            }
        }
        if (role == null && e.running() == null && e.replayPaused() == null) {
            throw fail.apply(at, "server check '" + checkId + "' judges nothing: give it role, running or replay_paused");
        }
        return new Condition.ServerState(e.name(), role, e.running(), e.replayPaused());
    }

    /** A server's or the pooler's name as a part's name; null for the primary. */
    private String part(String name, String at, String what) {
        if (name.equals(topology.primary())) {
            return null;
        }
        if (topology.standby(name).isPresent()) {
            return name;
        }
        if (topology.pooler().isPresent() && (name.equals(Topology.Pooler.NAME) || name.equals(topology.pooler().get().name()))) {
            return topology.pooler().get().name();
        }
        List<String> parts = new ArrayList<>(topology.serverNames());
        topology.pooler().ifPresent(p -> parts.add(p.name()));
        throw fail.apply(at, what + ": server '" + name + "' is not a part of this sandbox (" + String.join(", ", parts) + ")"
                + Spelling.hint(name, parts));
    }
}
