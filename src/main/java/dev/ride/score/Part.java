package dev.ride.score;

import dev.ride.actor.ActorSpec;
import dev.ride.scenario.Check;
import dev.ride.scenario.Condition;
import dev.ride.scenario.Scenario;

/**
 * Where the scorer reads: a database on a part of the sandbox. The key of a database on the
 * primary is its name; on another part it is {@code server/database} (neither may hold a slash).
 */
final class Part {

    private Part() {
    }

    /** @param server a standby's or the pooler's name; null for the primary */
    static String key(String server, String database) {
        return server == null ? database : server + "/" + database;
    }

    static String server(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? null : key.substring(0, slash);
    }

    static String database(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    /**
     * Where an {@code as_app} condition runs: the check's {@code on:}; without one, where the
     * scenario's application runs, that is the server every actor logging in as that role uses
     * (when they agree); else the primary.
     */
    static String ofApp(Scenario scenario, Check check, Condition.AsApp app) {
        if (check.server() != null) {
            return check.server();
        }
        var servers = scenario.actors().stream().filter(a -> a.role().equals(app.role())).map(ActorSpec::server).distinct().toList();
        return servers.size() == 1 ? servers.get(0).orElse(null) : null;
    }
}
