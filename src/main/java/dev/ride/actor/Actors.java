package dev.ride.actor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scenario's actors during a drill: start them (before and after the prompt), read what they saw,
 * stop them at exit, start them again on {@code :reset}. The one class the drill and the scorer use.
 *
 * <pre>
 * Actors actors = new Actors(scenario.actors(), connector);
 * actors.startBeforePrompt(Duration.ofSeconds(5));   // the incident is on before the prompt
 * actors.startAfterPrompt();
 * Marker fix = actors.mark();                        // e.g. after each learner statement
 * actors.since(fix).get("checkout_b").errors("42703");
 * actors.stop();                                     // exit; restart(...) for :reset
 * </pre>
 *
 * Thread-safe for readers; start, stop and restart are meant for the drill's own thread.
 */
public final class Actors implements AutoCloseable {

    /** How long stop waits for actor threads after cancelling their statements, before terminating backends. */
    static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private final List<ActorSpec> specs;
    private final ActorConnector connector;
    private Generation current;

    public Actors(List<ActorSpec> specs, ActorConnector connector) {
        this.specs = List.copyOf(specs);
        this.connector = connector;
        this.current = new Generation();
    }

    public List<ActorSpec> specs() {
        return specs;
    }

    /**
     * Starts the {@code before_prompt} actors and waits until each has run its statements once (a
     * workload one iteration, a hold its statements, or its last statement is waiting on a lock or
     * running on), at most {@code timeout}.
     *
     * @return true when all were in place in time
     */
    public synchronized boolean startBeforePrompt(Duration timeout) {
        Generation g = current;
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ActorRun> started = g.start(StartPhase.BEFORE_PROMPT);
        boolean all = true;
        for (ActorRun run : started) {
            try {
                all &= run.awaitReady(Math.max(0, deadline - System.nanoTime()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return all;
    }

    /** Starts the {@code after_prompt} actors (those with {@code after:} wait for it on their own threads). */
    public synchronized void startAfterPrompt() {
        current.start(StartPhase.AFTER_PROMPT);
    }

    /**
     * Stops every actor: running statements are cancelled, connections closed, backends that do not
     * go are terminated, prepared transactions the holds made are rolled back, and it returns once
     * no actor backend is left in {@code pg_stat_activity} (or after a few seconds at worst).
     * Counters stay readable. Idempotent.
     */
    public synchronized void stop() {
        current.stop();
    }

    /** For {@code :reset}: stops, forgets every count and event, and starts again as at the drill's start. */
    public synchronized boolean restart(Duration timeout) {
        return restart(timeout, () -> { });
    }

    /** {@link #restart(Duration)}, running {@code beforeAfterPrompt} between the two start phases. */
    public synchronized boolean restart(Duration timeout, Runnable beforeAfterPrompt) {
        current.stop();
        current = new Generation();
        boolean ready = startBeforePrompt(timeout);
        beforeAfterPrompt.run();
        startAfterPrompt();
        return ready;
    }

    @Override
    public void close() {
        stop();
    }

    /** Now, as a point to count from later. */
    public Marker mark() {
        return Marker.now();
    }

    /**
     * One look at every actor's backend now, in this thread (the monitor's sample): an idle hold
     * learns that its backend was terminated only from the monitor, whose next sample may come
     * late on a loaded machine, after a card that judges it. Connection trouble is left to the
     * next regular sample.
     */
    public void sampleNow() {
        try {
            generation().monitor.sampleOnce();
        } catch (RuntimeException e) {
            // no server to sample for a moment: the regular samples go on
        }
    }

    /** Every actor's counts since it started, by name in the manifest's order. */
    public Map<String, ActorSnapshot> snapshot() {
        return since(Marker.ORIGIN);
    }

    /** Every actor's counts since {@code marker}, by name. */
    public Map<String, ActorSnapshot> since(Marker marker) {
        Map<String, ActorSnapshot> out = new LinkedHashMap<>();
        Generation g = generation();
        for (ActorSpec spec : specs) {
            out.put(spec.name(), g.counters.get(spec.name()).since(marker));
        }
        return out;
    }

    /** The actors' events in order: a timeline's raw material. */
    public ActorEventLog events() {
        return generation().events;
    }

    /** The threads of the running actors and the monitor, e.g. to measure their CPU. */
    public List<Thread> threads() {
        Generation g = generation();
        List<Thread> threads = new ArrayList<>();
        g.runs.values().forEach(r -> threads.addAll(r.threads()));
        if (g.monitor.thread() != null) {
            threads.add(g.monitor.thread());
        }
        return threads;
    }

    /** Backend pids of the actors' open connections (say, to leave them out of evidence). */
    public Set<Integer> backendPids() {
        Set<Integer> pids = new HashSet<>();
        generation().runs.values().stream().filter(r -> r.spec.onPrimary()).forEach(r -> r.sessions().forEach(s -> pids.add(s.pid)));
        return pids;
    }

    /** Backend pids of one actor's open connections (none for an unknown name). */
    public Set<Integer> backendPids(String actor) {
        Set<Integer> pids = new HashSet<>();
        ActorRun run = generation().runs.get(actor);
        if (run != null && run.spec.onPrimary()) {
            run.sessions().forEach(s -> pids.add(s.pid));
        }
        return pids;
    }

    private synchronized Generation generation() {
        return current;
    }

    /** One life of the actors, from a start to a stop; :reset makes the next one. */
    private final class Generation {
        final ActorEventLog events = new ActorEventLog();
        final Map<String, ActorCounters> counters = new LinkedHashMap<>();
        final Map<String, ActorRun> runs = new LinkedHashMap<>();
        final LockMonitor monitor;
        final Set<StartPhase> started = new HashSet<>();
        boolean stopped;

        Generation() {
            for (ActorSpec spec : specs) {
                counters.put(spec.name(), new ActorCounters(spec.name(), events));
            }
            // after: has no cycle and never points to a later phase (ActorSpecs checks), so creating
            // each run after its predecessor terminates
            for (ActorSpec spec : specs) {
                create(spec);
            }
            monitor = new LockMonitor(connector, List.copyOf(runs.values()));
        }

        private ActorRun create(ActorSpec spec) {
            ActorRun run = runs.get(spec.name());
            if (run == null) {
                ActorRun predecessor = spec.after()
                        .map(name -> create(specs.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()))
                        .orElse(null);
                run = ActorRun.of(spec, connector, counters.get(spec.name()), predecessor);
                runs.put(spec.name(), run);
            }
            return run;
        }

        List<ActorRun> start(StartPhase phase) {
            List<ActorRun> out = new ArrayList<>();
            if (stopped || started.contains(phase)) {
                return out;
            }
            if (started.isEmpty()) {
                monitor.start();
            }
            started.add(phase);
            for (ActorSpec spec : specs) {
                if (spec.start() == phase) {
                    ActorRun run = runs.get(spec.name());
                    run.start();
                    out.add(run);
                }
            }
            return out;
        }

        void stop() {
            if (stopped) {
                return;
            }
            stopped = true;
            Set<Integer> pids = new HashSet<>();
            for (ActorRun run : runs.values()) {
                if (run.spec.onPrimary()) { // the monitor sees the primary's backends only
                    run.sessions().forEach(s -> pids.add(s.pid));
                }
                run.beginStop();
            }
            long deadline = System.nanoTime() + STOP_GRACE.toNanos();
            boolean joined = true;
            for (ActorRun run : runs.values()) {
                joined &= run.join(deadline);
            }
            if (!joined) {
                Set<Integer> stuck = new HashSet<>();
                for (ActorRun run : runs.values()) {
                    if (run.spec.onPrimary()) { // another server's pid could name a primary's backend
                        run.sessions().forEach(s -> stuck.add(s.pid));
                    }
                }
                monitor.terminate(stuck);
                for (ActorRun run : runs.values()) {
                    run.sessions().forEach(ActorSession::abort);
                    run.join(System.nanoTime() + 1_000_000_000L);
                }
            }
            for (ActorRun run : runs.values()) {
                if (run instanceof HoldRun hold) {
                    hold.rollBackPreparedTransactions();
                }
                run.finishStop();
            }
            monitor.awaitGone(pids, System.nanoTime() + STOP_GRACE.toNanos());
            monitor.stop();
        }
    }
}
