package dev.ride.actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hold actor: one session runs its statements in order (an error is counted and the next
 * statement still runs, as psql would) and then stays until stopped or terminated. The
 * transaction identifiers of its {@code PREPARE TRANSACTION}s are remembered: a prepared
 * transaction outlives its session, so stop rolls it back, or {@code :reset} could not drop the
 * database and a restarted hold could not prepare it again.
 */
final class HoldRun extends ActorRun {

    private static final Pattern PREPARE = Pattern.compile("(?is)^\\s*prepare\\s+transaction\\s+'((?:[^']|'')*)'");

    /** How long a last statement the monitor cannot see must run before the hold is in place. */
    static final long UNSEEN_IN_PLACE_MS = 500;

    private final Hold hold;
    private final ActorConnector connector;

    HoldRun(ActorSpec spec, Hold hold, ActorConnector connector, ActorCounters counters, ActorRun predecessor) {
        super(spec, connector, counters, predecessor);
        this.hold = hold;
        this.connector = connector;
    }

    @Override
    int connectionCount() {
        return 1;
    }

    @Override
    void runOn(ActorSession session, int worker) {
        List<String> statements = hold.statements();
        try (Statement st = session.connection.createStatement()) {
            for (int i = 0; i < statements.size() && !stopping(); i++) {
                session.inPlaceOnceBlocked = i == statements.size() - 1;
                session.inFlight = true;
                if (session.inPlaceOnceBlocked && !spec.onPrimary()) {
                    inPlaceIfStillRunning(session);
                }
                try {
                    st.execute(statements.get(i));
                    counters.success();
                } catch (SQLException e) {
                    session.inFlight = false;
                    if (!failed(session, e)) {
                        return;
                    }
                } finally {
                    session.inFlight = false;
                    session.inPlaceOnceBlocked = false;
                }
            }
        } catch (SQLException e) {
            failed(session, e);
            return;
        }
        markReady();
        while (!stopping() && !session.isGone()) {
            session.sleep(Long.MAX_VALUE); // held: until stop, or the monitor sees the backend gone
        }
    }

    /**
     * The monitor watches the primary's backends only, so it never sees a hold behind the pooler or
     * on a standby whose last statement runs on (a runaway query). Such a hold is in place once that
     * statement has run {@link #UNSEEN_IN_PLACE_MS} ms without ending: through PgBouncer it then
     * runs on a server connection, or queues for one, which is the incident either way.
     */
    private void inPlaceIfStillRunning(ActorSession session) {
        Thread t = new Thread(() -> {
            if (!session.sleep(UNSEEN_IN_PLACE_MS * 1_000_000L) && session.inFlight && !stopping()) {
                markReady();
            }
        }, "ride-actor-" + spec.name() + "-in-place");
        t.setDaemon(true);
        t.start();
    }

    /** Rolls back the prepared transactions this hold made that still exist. */
    void rollBackPreparedTransactions() {
        List<String> gids = new ArrayList<>();
        for (String s : hold.statements()) {
            Matcher m = PREPARE.matcher(s);
            if (m.find()) {
                gids.add(m.group(1).replace("''", "'"));
            }
        }
        if (gids.isEmpty()) {
            return;
        }
        try (Connection c = connector.connect(spec.database(), spec.role(), spec.applicationName());
                PreparedStatement find = c.prepareStatement(
                        "select gid from pg_prepared_xacts where gid = any(?) and database = current_database()")) {
            find.setArray(1, c.createArrayOf("text", gids.toArray()));
            List<String> existing = new ArrayList<>();
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
            try (Statement st = c.createStatement()) {
                for (String gid : existing) {
                    st.execute("rollback prepared '" + gid.replace("'", "''") + "'");
                }
            }
        } catch (SQLException e) {
            // the learner may have resolved it; a leftover shows on the next :reset
        }
    }
}
