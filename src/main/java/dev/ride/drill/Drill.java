package dev.ride.drill;

import dev.ride.sandbox.Sandbox;
import dev.ride.scenario.Durations;
import dev.ride.scenario.Scenario;
import dev.ride.sandbox.ConnectionStrings;
import dev.ride.sandbox.Endpoint;
import dev.ride.sandbox.TopologySandbox;
import dev.ride.shell.ConnectTarget;
import dev.ride.shell.HostAliases;
import dev.ride.shell.ShellHost;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.ride.actor.Marker;
import dev.ride.score.LiveEvidence;
import dev.ride.score.Timeline;

/**
 * One learner working one scenario on one sandbox. It has no terminal in it (jshell's split): the
 * shell reports what ran and hands over ':' lines; tests and the non-interactive mode drive the
 * same object.
 */
public final class Drill implements ShellHost, AutoCloseable {

    private final Scenario scenario;
    private final Sandbox sandbox;
    private final DrillClock clock;
    private final Transcript transcript;
    private final DrillCommands commands;
    private final boolean color;
    private final LiveApplication application;
    private volatile Marker lastStatement = Marker.ORIGIN;
    private boolean learnersOnly;
    private ProgressLog progress;
    private final FirstChanges firstChanges;
    private boolean exam;
    /** Columns of the learner's screen: the terminal's, or a fixed width for piped output. */
    private java.util.function.IntSupplier width = () -> dev.ride.text.Wrap.PIPED_WIDTH;

    /** @param color whether cards may use colour (a terminal that wants it; never for piped output) */
    public Drill(Scenario scenario, Sandbox sandbox, DrillClock clock, boolean color) {
        this.color = color;
        this.scenario = scenario;
        this.sandbox = sandbox;
        this.clock = clock;
        this.transcript = new Transcript(clock);
        this.application = new LiveApplication(scenario, sandbox);
        this.firstChanges = new FirstChanges(sandbox, scenario.databases(), () -> liveEvidence().applicationRoles());
        this.commands = new DrillCommands(this);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public DrillClock clock() {
        return clock;
    }

    /** Where :submit records attempts; null (the default) records nothing. */
    public Drill withProgress(ProgressLog log) {
        this.progress = log;
        return this;
    }

    public ProgressLog progress() {
        return progress;
    }

    /**
     * An exam (a hiring drill, a class): one :submit, which shows the card, the learner's timeline
     * and the postmortem, and ends the drill.
     */
    public Drill asExam(boolean exam) {
        this.exam = exam;
        return this;
    }

    public boolean exam() {
        return exam;
    }

    /** What ride prints for a person wraps to this many columns (a terminal's width, read each time). */
    public Drill withWidth(java.util.function.IntSupplier columns) {
        this.width = columns;
        return this;
    }

    /** The width to wrap to now: at least 40, whatever a terminal reports. */
    public int width() {
        return Math.max(40, width.getAsInt());
    }

    /** pg_stat_statements as read at the first change in each database since the last reset. */
    FirstChanges firstChanges() {
        return firstChanges;
    }

    public boolean color() {
        return color;
    }

    public Transcript transcript() {
        return transcript;
    }

    /** The scenario's application and sessions (none for a format-1 scenario). */
    public LiveApplication application() {
        return application;
    }

    /**
     * Brings the incident to life: the scenario's actors start, and this returns once those that
     * must be in place before the learner's prompt (a lock holder, a failing app) are.
     */
    public Drill goLive() {
        application.start(this::writeStartingRules);
        startIncident();
        return this;
    }

    /**
     * The pg_hba.conf rules the scenario starts with ({@link StartingHbaRules}): run by the
     * application between its before_prompt and after_prompt actors, at the start and after every
     * {@code :reset}.
     */
    void writeStartingRules() {
        if (sandbox instanceof TopologySandbox topology) {
            StartingHbaRules.apply(scenario.topology().choices(), topology);
        }
    }

    /**
     * The scenario's {@code at_start:} actions, once the application is in place (a primary
     * crashing under a live app): at the start and after every {@code :reset}.
     */
    void startIncident() {
        if (sandbox instanceof TopologySandbox topology) {
            for (dev.ride.scenario.StartAction a : scenario.atStart()) {
                topology.act(a.action(), a.server());
            }
        }
    }

    /** Stops the actors; the sandbox itself belongs to whoever started it. */
    @Override
    public void close() {
        application.close();
    }

    @Override
    public Connection connect(String database) throws SQLException {
        return sandbox.connect(database);
    }

    @Override
    public String connectionString(String database) {
        return sandbox.connectionString(database);
    }

    @Override
    public String ownLogin() {
        return sandbox.user();
    }

    /** The string of the part the shell is on, found by its name or its port, for the user it logged in as. */
    @Override
    public String connectionString(ConnectTarget target) {
        if (sandbox instanceof TopologySandbox topology) {
            for (Endpoint e : topology.endpoints()) {
                if (e.name().equals(target.host()) || String.valueOf(e.port()).equals(target.port())) {
                    String user = target.user() == null ? e.user() : target.user();
                    return dev.ride.sandbox.ConnectionStrings.uri(user, e.password(), e.host(), e.port(), target.database());
                }
            }
        }
        return sandbox.connectionString(target.database());
    }

    /**
     * In a drill of several servers, {@code \c} follows psql's rules with host names being the
     * servers' names ({@code \c app - standby}, {@code \c pgbouncer - pooler}); a drill of one
     * server changes only the database (null).
     */
    @Override
    public ConnectTarget target(String database) {
        if (!(sandbox instanceof TopologySandbox topology)) {
            return null;
        }
        // the primary, unless the incident started with it down: then the first server that runs
        Endpoint start = topology.endpoints().stream()
                .filter(e -> e.kind() != Endpoint.Kind.POOLER && topology.isRunning(e.name()))
                .findFirst().orElse(topology.endpoints().get(0));
        return new ConnectTarget(database, sandbox.user(), start.name(), String.valueOf(start.port()));
    }

    /** The prepared templates of the scenario's databases (ride_template_*), which :reset copies. */
    @Override
    public String internalDatabases() {
        return "ride\\_template\\_%";
    }

    @Override
    public HostAliases hostAliases() {
        HostAliases aliases = new HostAliases();
        if (sandbox instanceof TopologySandbox topology) {
            topology.endpoints().forEach(e -> aliases.register(e.name(), e.host(), e.port()));
        }
        return aliases;
    }

    /**
     * A server of the sandbox by its name (or its port): through its endpoint, which knows how to
     * reach PgBouncer's console. Another role logs in with the run's password, as the
     * application's roles do.
     */
    @Override
    public Connection connect(ConnectTarget target, HostAliases.Address address) throws SQLException {
        if (sandbox instanceof TopologySandbox topology) {
            for (Endpoint e : topology.endpoints()) {
                boolean local = address.host().equals(e.host()) || address.host().equals("localhost");
                boolean named = e.name().equals(target.host()) || local && String.valueOf(e.port()).equals(address.port());
                if (named && (target.user() == null || target.user().equals(e.user()))) {
                    return e.connect(target.database());
                }
            }
        }
        return java.sql.DriverManager.getConnection(
                ConnectionStrings.jdbcUrl(address.host(), Integer.parseInt(address.port()), target.database()),
                ConnectionStrings.login(target.user() == null ? sandbox.user() : target.user(), sandbox.password()));
    }

    @Override
    public void executed(ExecutedInput input) {
        transcript.executed(input);
        firstChanges.executed(input);
        if (input.kind() == ExecutedInput.Kind.SQL) {
            // "the app works since your last statement" counts from here
            lastStatement = application.mark();
        }
    }

    /**
     * An operator action ran: like a statement, it is a change the application's behaviour is
     * judged after ("the app works since your last change"), so restarting a server right before
     * :submit is judged on what the app did once it was back.
     */
    void actionRan() {
        lastStatement = application.mark();
    }

    /** The incident so far: the application's failures and recoveries, and what the learner did. */
    public Timeline timeline() {
        return IncidentTimeline.of(transcript.entries(), learnersOnly ? List.of() : application.events(), clock);
    }

    /**
     * A demo's timeline shows only what was typed: the demo's clock is scripted, while the actors
     * run on real time, and two recordings of a demo must show the same text.
     */
    public Drill withLearnersTimelineOnly() {
        this.learnersOnly = true;
        return this;
    }

    /** The actors' backends looked at now, before a card is made (see {@link LiveApplication#sampleNow}). */
    void sampleActorsNow() {
        application.sampleNow();
    }

    /** The actors' side of the evidence, for the scorer. */
    public LiveEvidence liveEvidence() {
        return application.evidence(() -> lastStatement);
    }

    @Override
    public void interrupt() {
        commands.interrupt();
    }

    @Override
    public ColonResult colonCommand(String line, String currentDatabase, PrintWriter out) {
        return commands.run(line, null, currentDatabase, out);
    }

    @Override
    public ColonResult colonCommand(String line, ConnectTarget where, String currentDatabase, PrintWriter out) {
        return commands.run(line, where, currentDatabase, out);
    }

    /**
     * The name of the server the shell is on ({@code where}, by its name or its port); null when the
     * shell is on the pooler, which has no server log of PostgreSQL's, or when there is one server.
     */
    String serverAt(ConnectTarget where) {
        return sandbox instanceof TopologySandbox topology
                ? ShellServer.of(topology.endpoints(), where).map(Endpoint::name).orElse(null)
                : null;
    }

    @Override
    public List<CommandHelp> colonCommands() {
        List<CommandHelp> help = new ArrayList<>();
        for (DrillCommand c : commands.table()) {
            help.add(new CommandHelp(c.name(), c.arguments(), c.description()));
        }
        return help;
    }

    /** A line of the banner wrapped at word boundaries to the screen (a long URI goes whole to a line of its own). */
    private String fitted(String line) {
        return dev.ride.text.Wrap.text(line, width());
    }

    /** The banner shown when the shell opens: title, briefing, where to connect, the ':' reminder. */
    public void printBanner(PrintWriter out) {
        out.println(fitted(scenario.title() + "  [" + scenario.id() + "]"));
        out.println(fitted(scenario.topic() + " · " + scenario.level() + " · " + Durations.format(scenario.duration())
                + (clock.isTimed() ? " · timed: " + DrillClock.format(clock.limit()) : "") + (exam ? " · exam" : "")));
        out.println();
        out.println(dev.ride.text.Wrap.prose(scenario.briefing().strip(), width()));
        out.println();
        out.println(fitted("Sandbox: " + sandbox.description()));
        out.println(fitted("Connect your own tools: " + sandbox.connectionString(scenario.startDatabase())));
        if (sandbox instanceof dev.ride.sandbox.TopologySandbox topology) {
            // every server and the pooler, each with the string for the learner's own tools
            for (dev.ride.sandbox.Endpoint e : topology.endpoints()) {
                // the role it has now when the scenario's at_start may have promoted a standby
                // already; otherwise the one it started as, with no round trip before the prompt
                String role = scenario.atStart().isEmpty() ? e.kind().name().toLowerCase(java.util.Locale.ROOT)
                        : ActionCommand.role(topology, e);
                out.println(String.format("  %-10s %-8s %s", e.name(), role,
                        e.connectionString(scenario.startDatabase())));
            }
            out.println("Operator actions (crash, start, promote, ...): :action");
        }
        out.println(fitted(Messages.COLON_REMINDER));
        if (exam) {
            out.println(fitted(Messages.EXAM_RULE));
        }
        out.println();
        out.flush();
    }
}
