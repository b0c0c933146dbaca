package dev.ride.actor;

import static dev.ride.actor.ActorTestDatabase.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Actors against a real PostgreSQL: each test in its own database, with its own login role. */
class ActorsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration READY = Duration.ofSeconds(5);

    private static Workload insertOrders(double perSecond, int concurrency) {
        return new Workload(
                List.of("insert into orders (customer_id, total_cents, note, release_id) values ($1, $2, $3, $4)"),
                List.of(new ParamSpec.RowOf("select id from customers order by id", null),
                        new ParamSpec.IntRange(500, 25000), new ParamSpec.Text("order-{seq}"),
                        new ParamSpec.Pick(List.of("2024.11.3"))),
                new Rate(perSecond), concurrency, false);
    }

    private static ActorTestDatabase shop(String prefix) {
        ActorTestDatabase db = new ActorTestDatabase(prefix);
        db.sql("create table customers (id int primary key)",
                "insert into customers select generate_series(1, 5)",
                "create table orders (id bigint generated always as identity primary key, customer_id int not null, "
                        + "total_cents int not null, note text)");
        return db;
    }

    @Test
    void aWorkloadFailsWithTheMissingColumnsSqlStateUntilItIsAddedThenSucceedsSinceTheMarker() {
        ActorTestDatabase db = shop("actor_workload");
        ActorSpec checkout = db.spec("checkout", null, OnTerminate.GONE, insertOrders(40, 2));
        try (Actors actors = new Actors(List.of(checkout), db)) {
            assertThat(actors.startBeforePrompt(READY)).isTrue();
            eventually(WAIT, "five failed inserts", () -> actors.snapshot().get("checkout").errors("42703") >= 5);
            ActorSnapshot failing = actors.snapshot().get("checkout");
            assertThat(failing.successes()).isZero();
            assertThat(failing.errorsBySqlState()).containsOnlyKeys("42703");
            assertThat(failing.lastErrorMessage()).hasValueSatisfying(m -> assertThat(m).contains("release_id"));
            assertThat(failing.firstFailureAt()).isPresent();
            assertThat(failing.alive()).isTrue();

            db.sql("alter table orders add column release_id text");
            Marker fix = actors.mark();
            eventually(WAIT, "five inserts since the fix", () -> actors.since(fix).get("checkout").successes() >= 5);
            // a statement parsed before the ALTER committed may still fail just after it: settle first
            ActorSnapshot settled = actors.since(fix.plus(Duration.ofMillis(300))).get("checkout");
            assertThat(settled.errors()).isZero();
            assertThat(actors.snapshot().get("checkout").errors("42703")).isGreaterThanOrEqualTo(5);
            assertThat(db.query("select count(*) from orders where note like 'order-%' and release_id = '2024.11.3' "
                    + "and customer_id between 1 and 5")).first().satisfies(n -> assertThat(Long.parseLong(n)).isGreaterThanOrEqualTo(5));
            assertThat(actors.events().all()).extracting(ActorEvent::kind)
                    .containsSubsequence(ActorEvent.Kind.STARTED, ActorEvent.Kind.FAILING, ActorEvent.Kind.RECOVERED);
            assertThat(actors.events().all()).filteredOn(e -> e.kind() == ActorEvent.Kind.FAILING)
                    .extracting(ActorEvent::sqlState).containsOnly("42703");
            actors.stop();
            assertThat(actors.snapshot().get("checkout").state()).isEqualTo(ActorState.STOPPED);
        }
        assertThat(db.actorBackends()).isEmpty();
    }

    @Test
    void aPoolIsInPlaceOnlyOnceEveryOneOfItsConnectionsHasLoggedIn() {
        ActorTestDatabase db = shop("actor_pool");
        db.sql("alter table orders add column release_id text");
        ActorSpec pool = db.spec("checkout", null, OnTerminate.GONE, insertOrders(4, 8));
        try (Actors actors = new Actors(List.of(pool), db)) {
            assertThat(actors.startBeforePrompt(READY)).isTrue();
            // an app started after the prompt finds every one of the pool's slots taken
            assertThat(db.actorBackends()).hasSize(8);
        }
    }

    @Test
    void aHoldKeepsItsTransactionOpenUnderItsApplicationName() {
        ActorTestDatabase db = shop("actor_hold");
        ActorSpec hold = db.spec("report", null, OnTerminate.GONE,
                new Hold(List.of("begin", "select count(*) from orders")));
        try (Actors actors = new Actors(List.of(hold), db)) {
            assertThat(actors.startBeforePrompt(READY)).isTrue();
            assertThat(db.actorBackends()).containsExactly("report-app|idle in transaction");
            assertThat(actors.snapshot().get("report").successes()).isEqualTo(2);
            actors.stop();
            assertThat(db.actorBackends()).isEmpty(); // stop returns once the backends are gone
        }
    }

    @Test
    void writersAfterALockHolderQueueBehindItAndTheirLockWaitGrows() {
        ActorTestDatabase db = shop("actor_queue");
        db.sql("alter table orders add column release_id text");
        ActorSpec holder = db.spec("migration", null, OnTerminate.GONE,
                new Hold(List.of("begin", "lock table orders in access exclusive mode")));
        ActorSpec writers = db.spec("checkout", "migration", OnTerminate.GONE, insertOrders(20, 2));
        try (Actors actors = new Actors(List.of(holder, writers), db)) {
            assertThat(actors.startBeforePrompt(READY)).isTrue(); // the writers are waiters: in place
            eventually(WAIT, "a lock wait of 400 ms", () -> actors.snapshot().get("checkout").longestLockWaitMs() >= 400);
            long first = actors.snapshot().get("checkout").longestLockWaitMs();
            Marker later = actors.mark();
            eventually(WAIT, "the wait growing", () -> actors.snapshot().get("checkout").longestLockWaitMs() >= first + 300);
            assertThat(actors.snapshot().get("checkout").successes()).isZero();
            // since a marker, only the part of the wait after it counts
            assertThat(actors.since(later).get("checkout").longestLockWaitMs())
                    .isLessThan(actors.snapshot().get("checkout").longestLockWaitMs());
            assertThat(db.query("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and usename = '"
                    + db.role + "'")).containsExactly("2");
            // the holder is an actor: none of this is a wait behind the learner
            assertThat(actors.snapshot().get("checkout").longestOutsiderLockWaitMs()).isZero();

            // the learner ends the holder: the writers go through, and their waits are logged
            db.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'migration-app'");
            eventually(WAIT, "inserts after the holder went", () -> actors.snapshot().get("checkout").successes() >= 3);
            eventually(WAIT, "the waits logged", () -> actors.events().all().stream()
                    .anyMatch(e -> e.kind() == ActorEvent.Kind.LOCK_WAIT && e.actor().equals("checkout") && e.millis() >= 400));
            // the monitor notices a terminated holder on its next round, not at once
            eventually(WAIT, "the holder gone", () -> actors.snapshot().get("migration").state() == ActorState.GONE);
        }
        assertThat(db.actorBackends()).isEmpty();
    }

    @Test
    void aWaitBehindASessionThatIsNoActorIsTheLearnersWait() throws Exception {
        ActorTestDatabase db = shop("actor_outsider");
        db.sql("alter table orders add column release_id text");
        ActorSpec writers = db.spec("checkout", null, OnTerminate.GONE, insertOrders(20, 2));
        try (Actors actors = new Actors(List.of(writers), db);
             java.sql.Connection learner = db.sandbox.connect(db.name);
             java.sql.Statement s = learner.createStatement()) {
            assertThat(actors.startBeforePrompt(READY)).isTrue();
            // the learner's own lock (a plain CREATE INDEX holds SHARE the same way)
            s.execute("begin");
            s.execute("lock table orders in share mode");
            eventually(WAIT, "a wait of 400 ms behind the learner",
                    () -> actors.snapshot().get("checkout").longestOutsiderLockWaitMs() >= 400);
            s.execute("rollback");
            eventually(WAIT, "inserts after the learner's lock went", () -> actors.snapshot().get("checkout").successes() >= 3);
        }
        assertThat(db.actorBackends()).isEmpty();
    }

    @Test
    void aWorkloadThatIsNotServerPreparedNeverNamesAStatementOnTheServer() {
        ActorTestDatabase db = shop("actor_unprepared");
        // fails (division by zero) once its own session holds a named prepared statement: pgjdbc
        // names a statement after five runs, so by default the sixth run and every later one fail
        String statement = "select 1 / (case when (select count(*) from pg_prepared_statements) = 0 then 1 else 0 end)";
        ActorSpec unnamed = db.spec("unnamed", null, OnTerminate.GONE,
                new Workload(List.of(statement), List.of(), new Rate(50), 1, false, false));
        ActorSpec named = db.spec("named", null, OnTerminate.GONE,
                new Workload(List.of(statement), List.of(), new Rate(50), 1, false, true));
        try (Actors actors = new Actors(List.of(unnamed, named), db)) {
            assertThat(actors.startBeforePrompt(READY)).isTrue();
            eventually(WAIT, "twelve runs of each", () -> actors.snapshot().get("unnamed").successes() >= 12
                    && actors.snapshot().get("named").successes() + actors.snapshot().get("named").errors() >= 12);
            assertThat(actors.snapshot().get("unnamed").errors()).isZero();
            assertThat(actors.snapshot().get("named").errors("22012")).isPositive();
        }
        assertThat(db.actorBackends()).isEmpty();
    }

    @Test
    void aHoldBehindThePoolerWhoseLastStatementRunsOnIsInPlaceForItsFollowers() {
        ActorTestDatabase db = shop("actor_unseen");
        // "the pooler" leads to the same server here; what matters is that the monitor does not watch it
        ActorConnector viaPooler = new ActorConnector() {
            @Override
            public java.sql.Connection connect(String database, String role, String applicationName) throws java.sql.SQLException {
                return db.connect(database, role, applicationName);
            }

            @Override
            public java.sql.Connection connect(ActorSpec spec) throws java.sql.SQLException {
                return db.connect(spec.database(), spec.role(), spec.applicationName());
            }

            @Override
            public java.sql.Connection connectMonitor() throws java.sql.SQLException {
                return db.connectMonitor();
            }
        };
        // stop drops a pooler actor's socket; the backend notices the client gone at the next check
        ActorSpec runaway = db.spec("runaway", null, OnTerminate.GONE, new Hold(List.of(
                        "set client_connection_check_interval = '100ms'", "select pg_sleep(60)")))
                .onServer(java.util.Optional.of("pooler"));
        ActorSpec follower = db.spec("follower", "runaway", OnTerminate.GONE, new Hold(List.of("select 1")))
                .onServer(java.util.Optional.of("pooler"));
        try (Actors actors = new Actors(List.of(runaway, follower), viaPooler)) {
            assertThat(actors.startBeforePrompt(READY)).isTrue();
            assertThat(actors.snapshot().get("follower").successes()).isEqualTo(1);
            assertThat(actors.snapshot().get("runaway").successes()).isEqualTo(1); // the SET; the sleep runs on
            actors.stop();
        }
        eventually(WAIT, "the runaway's backend gone", () -> db.actorBackends().isEmpty());
    }

    @Test
    void aTerminatedActorIsGoneOrReconnectsAfterItsDelay() {
        ActorTestDatabase db = shop("actor_terminate");
        ActorSpec gone = db.spec("gone", null, OnTerminate.GONE, new Hold(List.of("begin", "select 1")));
        ActorSpec back = db.spec("back", null, OnTerminate.reconnectAfter(Duration.ofMillis(300)),
                new Hold(List.of("begin", "select 1")));
        try (Actors actors = new Actors(List.of(gone, back), db)) {
            assertThat(actors.startBeforePrompt(READY)).isTrue();
            Marker before = actors.mark();
            db.sql("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + db.role + "'");
            eventually(WAIT, "gone is gone", () -> actors.snapshot().get("gone").state() == ActorState.GONE);
            eventually(WAIT, "back is back, its statements run again", () -> actors.snapshot().get("back").reconnects() == 1
                    && actors.snapshot().get("back").alive() && actors.since(before).get("back").successes() >= 2);
            Map<String, ActorSnapshot> since = actors.since(before);
            assertThat(since.get("gone").terminations()).isEqualTo(1);
            assertThat(since.get("gone").alive()).isFalse();
            assertThat(since.get("back").terminations()).isEqualTo(1);
            assertThat(since.get("back").successes()).isEqualTo(2); // ran its statements again
            assertThat(since.get("back").errors()).isZero();
            eventually(WAIT, "back's new session holding", () -> db.actorBackends().equals(List.of("back-app|idle in transaction")));
            assertThat(actors.events().since(before)).extracting(e -> e.actor() + " " + e.kind())
                    .contains("gone TERMINATED", "gone GONE", "back TERMINATED", "back RECONNECTED");
        }
        assertThat(db.actorBackends()).isEmpty();
    }

    @Test
    void stopEndsLongQueriesWaitersAndOpenTransactionsAndRestartStartsAfresh() {
        ActorTestDatabase db = shop("actor_stop");
        ActorSpec sleeper = db.spec("sleeper", null, OnTerminate.GONE, new Hold(List.of("select pg_sleep(3600)")));
        ActorSpec locker = db.spec("locker", null, OnTerminate.GONE,
                new Hold(List.of("begin", "lock table customers in access exclusive mode")));
        ActorSpec waiter = db.spec("waiter", "locker", OnTerminate.reconnectAfter(Duration.ofMillis(100)),
                new Hold(List.of("select count(*) from customers")));
        try (Actors actors = new Actors(List.of(sleeper, locker, waiter), db)) {
            assertThat(actors.startBeforePrompt(READY)).isTrue();
            assertThat(db.actorBackends()).containsExactly("locker-app|idle in transaction", "sleeper-app|active", "waiter-app|active");
            long started = System.nanoTime();
            actors.stop();
            System.out.printf("stop() took %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(db.actorBackends()).isEmpty();
            assertThat(actors.threads()).noneMatch(Thread::isAlive);
            assertThat(actors.snapshot().values()).allMatch(s -> s.errors() == 0 && s.state() == ActorState.STOPPED);

            assertThat(actors.restart(READY)).isTrue();
            assertThat(actors.snapshot().get("locker").successes()).isEqualTo(2); // counts start again
            assertThat(db.actorBackends()).hasSize(3);
        }
        assertThat(db.actorBackends()).isEmpty();
    }

    /** Not a timed assertion: prints what the seed's workload costs, for the benchmark table. */
    @Test
    void theSeedsWorkloadIsCheap() {
        ActorTestDatabase db = shop("actor_cpu");
        db.sql("alter table orders add column release_id text");
        List<ActorSpec> specs = List.of(db.spec("checkout_a", null, OnTerminate.GONE, insertOrders(20, 2)),
                db.spec("checkout_b", null, OnTerminate.GONE, insertOrders(20, 2)),
                db.spec("checkout_c", null, OnTerminate.GONE, insertOrders(20, 2)));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (Actors actors = new Actors(specs, db)) {
            assertThat(actors.startBeforePrompt(READY)).isTrue();
            pause(1000); // past the JIT's first compilations
            Map<Long, Long> cpuAtStart = new HashMap<>();
            actors.threads().forEach(t -> cpuAtStart.put(t.getId(), mx.getThreadCpuTime(t.getId())));
            long wallStart = System.nanoTime();
            long before = actors.snapshot().values().stream().mapToLong(ActorSnapshot::successes).sum();
            pause(3000);
            long cpu = 0;
            for (Thread t : actors.threads()) {
                cpu += Math.max(0, mx.getThreadCpuTime(t.getId()) - cpuAtStart.getOrDefault(t.getId(), 0L));
            }
            double wall = System.nanoTime() - wallStart;
            long statements = actors.snapshot().values().stream().mapToLong(ActorSnapshot::successes).sum() - before;
            System.out.printf("actors' CPU at 3 x 20/s inserts: %.2f %% of one core (%d threads, %d statements in %.1f s,"
                    + " %.0f us of CPU each, the monitor's samples included)%n",
                    100 * cpu / wall, actors.threads().size(), statements, wall / 1e9, cpu / 1e3 / statements);
            assertThat(statements).isPositive();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
