package dev.ride.actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGStatement;

/**
 * A workload actor: {@code concurrency} connections taking turns at the {@link Pacer}'s slots. Each
 * iteration draws its params and runs the statements (prepared once per connection; pgjdbc then
 * uses a server-side prepared statement, as an application's driver would, unless the workload says
 * {@code server_prepared: false}).
 */
final class WorkloadRun extends ActorRun {

    private final Workload workload;
    private final List<PlaceholderSql> statements = new ArrayList<>();
    private final ParamValues params;
    private final AtomicLong iterations = new AtomicLong();
    private Pacer pacer;

    WorkloadRun(ActorSpec spec, Workload workload, ActorConnector connector, ActorCounters counters, ActorRun predecessor) {
        super(spec, connector, counters, predecessor);
        this.workload = workload;
        this.params = new ParamValues(workload.params());
        workload.statements().forEach(s -> statements.add(PlaceholderSql.of(s)));
    }

    @Override
    int connectionCount() {
        return workload.concurrency();
    }

    @Override
    void runOn(ActorSession session, int worker) {
        synchronized (this) {
            if (pacer == null) {
                pacer = new Pacer(workload.rate().intervalNanos()); // the clock starts with the first connection
            }
        }
        Connection c = session.connection;
        List<PreparedStatement> prepared = new ArrayList<>();
        try {
            c.setAutoCommit(!workload.transaction());
            for (PlaceholderSql s : statements) {
                PreparedStatement ps = c.prepareStatement(s.jdbcSql());
                if (!workload.serverPrepared()) {
                    ps.unwrap(PGStatement.class).setPrepareThreshold(0); // every run unnamed: no S_1 on the server
                }
                prepared.add(ps);
            }
        } catch (SQLException e) {
            failed(session, e);
            return;
        }
        while (!stopping() && !session.isGone()) {
            long wait = pacer.nextSlot() - System.nanoTime();
            if (wait > 0 && session.sleep(wait)) {
                continue; // woken: stopping or gone, the loop condition decides
            }
            if (!iteration(session, prepared)) {
                return;
            }
            markReady();
        }
    }

    /** One iteration; false when the session cannot go on. */
    private boolean iteration(ActorSession session, List<PreparedStatement> prepared) {
        Object[] values;
        try {
            values = params.draw(iterations.incrementAndGet(), session.connection);
        } catch (SQLException e) {
            return failed(session, e);
        }
        for (int i = 0; i < prepared.size(); i++) {
            try {
                bind(prepared.get(i), statements.get(i).order(), values);
                session.inFlight = true;
                session.inPlaceOnceBlocked = true;
                prepared.get(i).execute();
                counters.success();
            } catch (SQLException e) {
                session.inFlight = false;
                boolean goOn = failed(session, e);
                return goOn && rollback(session);
            } finally {
                session.inFlight = false;
                session.inPlaceOnceBlocked = false;
            }
        }
        if (workload.transaction()) {
            try {
                session.connection.commit();
            } catch (SQLException e) {
                return failed(session, e) && rollback(session);
            }
        }
        return true;
    }

    private boolean rollback(ActorSession session) {
        if (!workload.transaction()) {
            return true;
        }
        try {
            session.connection.rollback();
            return true;
        } catch (SQLException e) {
            return failed(session, e);
        }
    }

    /** Numbers and booleans keep their type; text goes untyped, so the server types it by its place. */
    private static void bind(PreparedStatement ps, List<Integer> order, Object[] values) throws SQLException {
        for (int i = 0; i < order.size(); i++) {
            Object v = values[order.get(i) - 1];
            if (v instanceof Long n) {
                ps.setLong(i + 1, n);
            } else if (v instanceof Boolean b) {
                ps.setBoolean(i + 1, b);
            } else if (v == null) {
                ps.setNull(i + 1, Types.OTHER);
            } else {
                ps.setObject(i + 1, v.toString(), Types.OTHER);
            }
        }
    }
}
