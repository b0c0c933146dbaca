package dev.ride.actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One thread ({@code ride-actor-monitor}) and one connection that watch the actors' backends from
 * the server's side, every {@link #INTERVAL_MS} ms.
 *
 * <p>Why a sampler of {@code pg_locks}: a statement's elapsed time cannot tell a lock wait from a
 * slow plan, and {@code log_lock_waits} only speaks after {@code deadlock_timeout} and needs the
 * log. {@code pg_locks.waitstart} (PostgreSQL 14+) is the server's own record of when a backend
 * began waiting for a lock it has not been granted, so one cheap query per sample gives, for every
 * actor backend, whether it waits and for how long so far, the start exact. What sampling costs in
 * honesty: a wait's end is known to within one interval (the measure is short by less than
 * {@value #INTERVAL_MS} ms), and a wait shorter than one interval may go unseen. Before 14 the
 * statement's start stands in for the wait's start (wait_event_type = 'Lock'), which overstates.
 *
 * <p>The same query tells which actor backends no longer exist: an idle session (a hold) only
 * learns that its backend was terminated when it next speaks, so the monitor tells it. It also
 * decides when a hold whose last statement blocks or runs on is "in place" for its followers, and
 * whether a waiter waits behind a session that is none of the actors (the learner's shell or psql,
 * say): an incident's own queue behind an actor is told from a queue the learner's statement made.
 */
final class LockMonitor {

    static final long INTERVAL_MS = 150;

    private static final String SAMPLE = """
            with waiting as materialized (
                select pid, min(waitstart) as waitstart from pg_locks where not granted group by pid)
            select p.pid, a.pid is not null, coalesce(a.state, ''), w.pid is not null,
                   extract(epoch from w.waitstart)::float8,
                   coalesce((extract(epoch from clock_timestamp() - w.waitstart) * 1000)::bigint, 0),
                   case when w.pid is not null then pg_blocking_pids(p.pid) end,
                   extract(epoch from pg_postmaster_start_time())::float8
            from unnest(?::int[]) as p(pid)
            left join pg_stat_activity a on a.pid = p.pid
            left join waiting w on w.pid = p.pid""";
    private static final String SAMPLE_BEFORE_14 = """
            select p.pid, a.pid is not null, coalesce(a.state, ''), coalesce(a.wait_event_type = 'Lock', false),
                   extract(epoch from a.query_start)::float8,
                   coalesce((extract(epoch from clock_timestamp() - a.query_start) * 1000)::bigint, 0),
                   case when a.wait_event_type = 'Lock' then pg_blocking_pids(p.pid) end,
                   extract(epoch from pg_postmaster_start_time())::float8
            from unnest(?::int[]) as p(pid)
            left join pg_stat_activity a on a.pid = p.pid""";

    private final ActorConnector connector;
    private final List<ActorRun> runs;
    private final CountDownLatch stopLatch = new CountDownLatch(1);
    /** Holds whose last statement was seen running at the previous sample. */
    private final Set<ActorSession> seenRunning = new HashSet<>();
    /**
     * Every backend an actor has had, gone ones too: a terminated actor's backend lingers for a
     * moment, still holding its locks, and its waiters are still the incident's, not the learner's.
     */
    private final Set<Integer> actorPids = new HashSet<>();
    private Thread thread;
    private Connection connection;
    private PreparedStatement sample;

    LockMonitor(ActorConnector connector, List<ActorRun> runs) {
        this.connector = connector;
        this.runs = runs;
    }

    void start() {
        thread = new Thread(this::loop, "ride-actor-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (!stopLatch.await(INTERVAL_MS, TimeUnit.MILLISECONDS)) {
                try {
                    sampleOnce();
                } catch (RuntimeException e) {
                    // no primary to sample for a moment (a failover that the scenario plays at its
                    // start: the old one stopped, the new one not yet promoted): try again at the
                    // next sample, rather than end the thread and print its stack on the learner's screen
                    synchronized (this) {
                        closeConnection();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Samples every live actor session once; connection trouble waits for the next sample. */
    synchronized void sampleOnce() {
        Map<Integer, ActorSession> sessions = new HashMap<>();
        Map<Integer, ActorRun> owners = new HashMap<>();
        for (ActorRun run : runs) {
            if (run.stopping() || !run.spec.onPrimary()) {
                // a standby's or the pooler's session is not in the primary's pg_stat_activity
                continue;
            }
            for (ActorSession s : run.sessions()) {
                if (!s.isGone()) {
                    sessions.put(s.pid, s);
                    owners.put(s.pid, run);
                }
            }
        }
        if (sessions.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        List<Sample> rows = new ArrayList<>();
        try {
            PreparedStatement ps = prepared();
            ps.setArray(1, connection.createArrayOf("int4", sessions.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.sql.Array blockers = rs.getArray(7);
                    int pid = rs.getInt(1);
                    // a pid of a server started since: a new backend (a container's pids start again
                    // from 1 after a restart), so the session's own backend is gone
                    boolean exists = rs.getBoolean(2) && sessions.get(pid).sameServer(rs.getDouble(8));
                    rows.add(new Sample(pid, exists, rs.getString(3), rs.getBoolean(4),
                            rs.getObject(5) == null ? Double.NaN : rs.getDouble(5), rs.getLong(6),
                            blockers == null ? new Integer[0] : (Integer[]) blockers.getArray()));
                }
            }
        } catch (SQLException e) {
            closeConnection(); // terminated by the learner, say: reconnect at the next sample
            return;
        }
        // Whose backends the blockers are is decided now, after the sample: an actor that connected
        // while the sample ran (and took a lock its followers wait for) is already registered.
        for (ActorRun run : runs) {
            for (ActorSession s : run.sessions()) {
                actorPids.add(s.pid);
            }
        }
        for (Sample row : rows) {
            boolean behindOutsider = false;
            for (Integer blocker : row.blockers()) {
                behindOutsider |= !actorPids.contains(blocker);
            }
            observe(owners.get(row.pid()), sessions.get(row.pid()), row.exists(), row.state(), row.waiting(),
                    row.waitKey(), row.waitedMs(), behindOutsider, now);
        }
    }

    /** One actor backend as a sample saw it; {@code blockers}: pg_blocking_pids while it waits. */
    private record Sample(int pid, boolean exists, String state, boolean waiting, double waitKey, long waitedMs,
                          Integer[] blockers) { }

    private void observe(ActorRun run, ActorSession s, boolean exists, String state, boolean waiting, double waitKey,
            long waitedMs, boolean behindOutsider, long now) {
        if (run.stopping()) {
            return;
        }
        if (!exists) {
            run.counters.lockNotWaiting(s.pid);
            run.lost(s);
            return;
        }
        if (waiting) {
            run.counters.lockWaiting(s.pid, waitKey, waitedMs, behindOutsider, now);
        } else {
            run.counters.lockNotWaiting(s.pid);
        }
        if (s.inPlaceOnceBlocked) {
            // in place once such a statement waits on a lock, or runs on across two samples
            if (waiting || (state.equals("active") && !seenRunning.add(s))) {
                run.markReady();
            }
        } else {
            seenRunning.remove(s);
        }
    }

    private PreparedStatement prepared() throws SQLException {
        if (connection == null) {
            connection = connector.connectMonitor();
            try (Statement st = connection.createStatement()) {
                st.execute("set pg_stat_statements.track = 'none'");
            } catch (SQLException e) {
                // not a superuser, or no pg_stat_statements: the samples may show up there
            }
            boolean before14 = connection.getMetaData().getDatabaseMajorVersion() < 14;
            sample = connection.prepareStatement(before14 ? SAMPLE_BEFORE_14 : SAMPLE);
        }
        return sample;
    }

    /** Terminates backends that ignored a cancel at stop. */
    synchronized void terminate(Set<Integer> pids) {
        runOnPids("select pg_terminate_backend(pid) from unnest(?::int[]) as p(pid)", pids);
    }

    /**
     * Waits until none of {@code pids} is in {@code pg_stat_activity} any more (a backend exits a
     * moment after its client closes), at most until {@code deadlineNanos}.
     */
    synchronized boolean awaitGone(Set<Integer> pids, long deadlineNanos) {
        Set<Integer> left = new HashSet<>(pids);
        while (!left.isEmpty()) {
            left.retainAll(runOnPids("select pid from pg_stat_activity where pid = any(?::int[])", left));
            if (left.isEmpty() || System.nanoTime() - deadlineNanos > 0) {
                break;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return left.isEmpty();
    }

    /** The pids the query returns; an empty set when the monitor cannot connect. */
    private Set<Integer> runOnPids(String sql, Set<Integer> pids) {
        Set<Integer> out = new HashSet<>();
        if (pids.isEmpty()) {
            return out;
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                prepared();
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    ps.setArray(1, connection.createArrayOf("int4", new ArrayList<>(pids).toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getObject(1) instanceof Integer pid ? pid : -1);
                        }
                    }
                }
                return out;
            } catch (SQLException e) {
                closeConnection();
            }
        }
        return out;
    }

    void stop() {
        stopLatch.countDown();
        if (thread != null) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            closeConnection();
        }
    }

    Thread thread() {
        return thread;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // gone already
            }
        }
        connection = null;
        sample = null;
    }
}
