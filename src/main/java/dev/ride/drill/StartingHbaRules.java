package dev.ride.drill;

import dev.ride.sandbox.ConfigChoice;
import dev.ride.sandbox.OperatorAction;
import dev.ride.sandbox.TopologySandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pg_hba.conf choices whose start option has lines: an incident that begins with a rule in
 * the file (a reject for the application's role). The sandbox's own file has none of them, and a
 * {@code :reset} brings that file back, so the drill writes them, and reloads each server they
 * edit, when the incident starts and again after every reset: "the first option is how the
 * scenario starts" holds for a server's choice as it does for the pooler's. A start option
 * without lines ({@code {hba: []}}) needs nothing and costs no reload.
 */
final class StartingHbaRules {

    private StartingHbaRules() {
    }

    /** Server name → its choices to write at the start, in the scenario's order. */
    static Map<String, List<ConfigChoice>> byServer(List<ConfigChoice> choices) {
        Map<String, List<ConfigChoice>> servers = new LinkedHashMap<>();
        for (ConfigChoice c : choices) {
            if (c.editsHba() && !c.hbaLines(c.start()).isEmpty()) {
                servers.computeIfAbsent(c.edits(), s -> new ArrayList<>()).add(c);
            }
        }
        return servers;
    }

    /** Writes each such choice's start option and reloads its server. */
    static void apply(List<ConfigChoice> choices, TopologySandbox topology) {
        byServer(choices).forEach((server, written) -> {
            written.forEach(c -> topology.choose(c, c.start()));
            topology.act(OperatorAction.RELOAD_CONFIG, server);
        });
    }
}
