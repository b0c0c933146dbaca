package dev.ride.drill;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import dev.ride.actor.ActorEvent;
import dev.ride.actor.ActorSnapshot;
import dev.ride.actor.ActorSpec;
import dev.ride.actor.Actors;
import dev.ride.actor.Marker;
import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.scenario.Scenario;
import dev.ride.score.LiveEvidence;
import dev.ride.sql.SqlQuoting;

/**
 * The scenario's actors running against the drill's sandbox: started before the prompt, stopped
 * before {@code :reset} recreates the databases and started again after it, stopped at exit.
 * A format-1 scenario has none, and every method then does nothing.
 */
public final class LiveApplication implements AutoCloseable {

    /** How long the prompt waits for the actors that must be in place first (a lock holder, say). */
    private static final Duration IN_PLACE = Duration.ofSeconds(10);

    private final Sandbox sandbox;
    private final Set<String> roles = new LinkedHashSet<>();
    /** The standbys: they must know the roles' passwords before an actor logs in on one. */
    private final Set<String> standbys = new LinkedHashSet<>();
    private final Actors actors;
    private volatile boolean started;
    /** Events of the actors' lives before the last :reset (each reset starts a fresh event log). */
    private final List<ActorEvent> earlierEvents = new CopyOnWriteArrayList<>();

    public LiveApplication(Scenario scenario, Sandbox sandbox) {
        this.sandbox = sandbox;
        scenario.actors().forEach(a -> roles.add(a.role()));
        // every standby: an actor may read on one, and a promoted one must let the app log in
        scenario.topology().standbys().forEach(s -> standbys.add(s.name()));
        this.actors = scenario.live() ? new Actors(scenario.actors(), new SandboxActorConnector(sandbox)) : null;
    }

    /** Starts every actor; returns once those that come before the prompt are in place. */
    public void start() {
        start(() -> { });
    }

    /**
     * {@link #start()}, running {@code beforeAfterPrompt} once the actors that come before the
     * prompt are in place and before the others start (the incident's pg_hba.conf rules: the
     * running app keeps its sessions, the ones that log in later meet the rules).
     */
    public void start(Runnable beforeAfterPrompt) {
        if (actors == null || started) {
            beforeAfterPrompt.run();
            return;
        }
        grantLogins();
        if (!actors.startBeforePrompt(IN_PLACE)) {
            throw new SandboxException("The scenario's application did not get in place within "
                    + IN_PLACE.toSeconds() + " s" + lastErrors() + " (see :log).");
        }
        beforeAfterPrompt.run();
        actors.startAfterPrompt();
        started = true;
    }

    /** "; checkout: <its last error>" for each actor that failed, so the reason is in the one line. */
    private String lastErrors() {
        StringBuilder errors = new StringBuilder();
        actors.since(Marker.ORIGIN).forEach((name, snapshot) -> snapshot.lastErrorMessage()
                .ifPresent(message -> errors.append("; ").append(name).append(": ").append(message)));
        return errors.toString();
    }

    /** Stops every actor: no actor backend is left, so the databases can be dropped. */
    void stopForReset() {
        if (actors != null) {
            actors.stop();
            earlierEvents.addAll(actors.events().all());
        }
    }

    /** Starts the actors again on the reset databases, with fresh counters. */
    void restartAfterReset(Runnable beforeAfterPrompt) {
        if (actors != null && started) {
            // every reset takes the actors' passwords away: a topology's copies its base again,
            // which has none of them, and a single server's restores the setup's roles as they
            // were (RoleSnapshot: password NULL), so the app could no longer log in
            grantLogins();
            actors.restart(IN_PLACE, beforeAfterPrompt);
        } else {
            beforeAfterPrompt.run();
        }
    }

    public boolean live() {
        return actors != null;
    }

    /** The roles the actors log in as: their statements are the application's, not the learner's evidence. */
    public Set<String> roles() {
        return roles;
    }

    public Marker mark() {
        return actors == null ? Marker.now() : actors.mark();
    }

    public Map<String, ActorSnapshot> since(Marker marker) {
        return actors == null ? Map.of() : actors.since(marker);
    }

    /** Every actor event of the drill, across resets, in order: the timeline's raw material. */
    public List<ActorEvent> events() {
        if (actors == null) {
            return List.of();
        }
        List<ActorEvent> all = new ArrayList<>(earlierEvents);
        all.addAll(actors.events().all());
        return all;
    }

    public Actors actors() {
        return actors;
    }

    /** The actors' backends looked at now: a termination the learner just made is counted before a card judges it. */
    public void sampleNow() {
        if (actors != null) {
            actors.sampleNow();
        }
    }

    /** What the scorer may read of the actors, with the learner's last statement as {@code lastStatement} gives it. */
    public LiveEvidence evidence(Supplier<Marker> lastStatement) {
        return new LiveEvidence() {
            @Override
            public Map<String, ActorSnapshot> since(Marker marker) {
                return LiveApplication.this.since(marker);
            }

            @Override
            public Marker lastStatement() {
                return lastStatement.get();
            }

            @Override
            public Set<String> applicationRoles() {
                return roles;
            }

            @Override
            public Set<Integer> backendPids(String actor) {
                return actors == null ? Set.of() : actors.backendPids(actor);
            }
        };
    }

    /**
     * Each actor role logs in with this run's random password. Tracking is off for the session so
     * the statement (which carries the password) never reaches pg_stat_statements. Its commits
     * are written at once ({@code synchronous_commit = local}): a topology's primary commits
     * asynchronously, and its standbys, which must replay the passwords before the actors log
     * in, would otherwise get that WAL only at the WAL writer's next round (up to 200 ms).
     */
    private void grantLogins() {
        String written = null;
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("SET pg_stat_statements.track = 'none'; SET synchronous_commit = local");
            for (String role : roles) {
                s.execute("ALTER ROLE " + SqlQuoting.identifier(role) + " LOGIN PASSWORD " + SqlQuoting.literal(sandbox.password()));
            }
            if (sandbox instanceof TopologySandbox && !standbys.isEmpty()) {
                // on this session: a login of its own only to ask this would cost a start tens of ms
                written = StandbyLogins.position(s);
            }
        } catch (SQLException e) {
            throw new SandboxException("Cannot prepare the scenario's application roles " + roles + ": " + e.getMessage(), e);
        }
        if (sandbox instanceof TopologySandbox topology && written != null) {
            StandbyLogins.await(topology, standbys, written);
        }
    }

    @Override
    public void close() {
        if (actors != null) {
            actors.close();
        }
    }
}
