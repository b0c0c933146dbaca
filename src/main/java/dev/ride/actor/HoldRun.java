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
