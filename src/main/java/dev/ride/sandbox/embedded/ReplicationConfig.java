package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import dev.ride.sandbox.Topology;

/**
 * The replication settings of each server of a topology, written where a DBA would find and
 * change them: {@code postgresql.auto.conf} (so {@code ALTER SYSTEM} and a reload act on them,
 * which command-line settings would override) and, for a standby, {@code standby.signal}.
 */
final class ReplicationConfig {

    private ReplicationConfig() {
    }

    /**
     * The primary's lines: the synchronous standbys, if any; commits wait for them only then (a
     * throwaway server otherwise commits without waiting for its WAL flush, as single servers do).
     */
    static List<String> primary(Topology topology) {
        List<String> sync = topology.standbys().stream().filter(Topology.Standby::sync).map(Topology.Standby::name).toList();
        List<String> lines = new ArrayList<>();
        if (sync.isEmpty()) {
            lines.add("synchronous_commit = 'off'");
        } else {
            lines.add("synchronous_standby_names = '" + (sync.size() == 1 ? sync.get(0)
                    : "FIRST 1 (" + String.join(", ", sync) + ")") + "'");
        }
        return lines;
    }

    /** A standby's lines from its start on: what concerns it alone, not where it streams from. */
    static List<String> standbyAtStart(Topology.Standby standby) {
        return List.of("hot_standby_feedback = " + (standby.hotStandbyFeedback() ? "on" : "off"),
                "synchronous_commit = 'off'");
    }

    /**
     * Where a standby streams from, added once the primary runs with the standby's slot (a
     * reload reads them). The password is not among them: {@code passfile} holds it, so that
     * {@code SHOW primary_conninfo} and the files of the data directory carry no secret.
     */
    static List<String> standbyStream(Topology.Standby standby, int primaryPort, Path passfile) {
        return standbyStream(standby, primaryPort, passfile, standby.slot());
    }

    /** The same, with {@code primary_slot_name} (the standby's slot name) when {@code throughSlot}. */
    static List<String> standbyStream(Topology.Standby standby, int primaryPort, Path passfile, boolean throughSlot) {
        List<String> lines = new ArrayList<>();
        lines.add("primary_conninfo = 'host=127.0.0.1 port=" + primaryPort + " user=" + standby.replicationUser(EmbeddedEngine.SUPERUSER)
                + " passfile=" + passfile + " application_name=" + standby.name() + "'");
        if (throughSlot) {
            lines.add("primary_slot_name = '" + standby.slotName() + "'");
        }
        return lines;
    }

    /** A standby's apply delay, if any: added once it replayed the run's password, which it would hold back. */
    static List<String> standbyAfterCatchUp(Topology.Standby standby) {
        return standby.applyDelay().isZero() ? List.of()
                : List.of("recovery_min_apply_delay = '" + standby.applyDelay().toMillis() + "ms'");
    }

    /** The passfile a standby's walreceiver reads: any host, port and database, the role it streams as. */
    static String passfile(Topology.Standby standby, String password) {
        return "*:*:*:" + standby.replicationUser(EmbeddedEngine.SUPERUSER) + ":" + password + "\n";
    }

    /** Appends {@code lines} to the cluster's {@code postgresql.auto.conf}. */
    static void append(Path data, List<String> lines) throws IOException {
        Files.writeString(data.resolve("postgresql.auto.conf"), String.join("\n", lines) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Makes the cluster start as a standby. */
    static void markStandby(Path data, ServerUser user) throws IOException {
        Path signal = data.resolve("standby.signal");
        Files.writeString(signal, "");
        user.own(signal);
    }
}
