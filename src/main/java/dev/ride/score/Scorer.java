package dev.ride.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.Endpoint;
import dev.ride.scenario.Check;
import dev.ride.scenario.Condition;
import dev.ride.scenario.PerDatabase;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.Section;

/**
 * Scores a drill: reads every scenario database once (one connection each, in parallel), then
 * evaluates the checks against what it read and the learner's transcript. Deterministic: the
 * same end state and inputs give the same card.
 *
 * <p>Fix is judged first: Detect's evidence must come before the first change in a database where
 * the Fix section earned points ({@link Check#beforeFix()}), and traps earn points only once a fix
 * scored. The card still lists Detect, Fix, Trap in that order.
 */
public final class Scorer {

    public ScoreCard score(Scenario scenario, Sandbox sandbox, List<TranscriptInput> transcript, long elapsedSeconds) {
        return score(scenario, sandbox, transcript, elapsedSeconds, LiveEvidence.NONE);
    }

    public ScoreCard score(Scenario scenario, Sandbox sandbox, List<TranscriptInput> transcript, long elapsedSeconds,
                           LiveEvidence live) {
        return score(scenario, sandbox, Submission.of(transcript, elapsedSeconds, live));
    }

    public ScoreCard score(Scenario scenario, Sandbox sandbox, Submission submission) {
        LearnerLocks locks = new LearnerLocks(sandbox, submission.live().applicationRoles());
        Map<String, DatabaseInspection> inspections = inspect(scenario, locks);
        try {
            return new Judgement(scenario, submission, locks, inspections, new ServerStates(sandbox)).card();
        } finally {
            inspections.values().forEach(DatabaseInspection::close);
        }
    }

    /** One scoring: the inspections, evidence and actors' verdicts, turned into the card. */
    private static final class Judgement {
        private final Scenario scenario;
        private final Submission submission;
        private final Map<String, DatabaseInspection> inspections;
        private final Evidence evidence;
        private final ActorVerdict actors;
        private final Set<String> fixedDatabases = new LinkedHashSet<>();
        private final ServerStates servers;
        private final LearnerLocks locks;
        /** When judging began: a check's {@code within} counts from here, for its sql as for its actor. */
        private final long startedNanos = System.nanoTime();

        Judgement(Scenario scenario, Submission submission, LearnerLocks locks,
                  Map<String, DatabaseInspection> inspections, ServerStates servers) {
            this.scenario = scenario;
            this.locks = locks;
            this.submission = submission;
            this.inspections = inspections;
            this.servers = servers;
            Map<String, String> actorDatabases = new HashMap<>();
            scenario.actors().forEach(a -> actorDatabases.put(a.name(), a.database()));
            this.actors = new ActorVerdict(submission.live(), locks, actorDatabases, db -> {
                DatabaseInspection inspection = inspections.get(Part.key(null, db));
                return inspection == null ? null : inspection.connection();
            });
            // the evidence of pg_stat_statements is the primary's (the learner's changes go there)
            Map<String, List<String>> statements = new HashMap<>();
            for (String db : scenario.databases()) {
                DatabaseInspection inspection = inspections.get(Part.key(null, db));
                statements.put(db, inspection == null ? List.of() : inspection.statements());
            }
            this.evidence = Evidence.of(submission.transcript(), statements, submission.statementsBeforeChange());
        }

        ScoreCard card() {
            Map<Section, SectionScore> scored = new EnumMap<>(Section.class);
            scored.put(Section.FIX, section(Section.FIX, true));
            for (CheckResult result : scored.get(Section.FIX).checks()) {
                if (result.points() > 0) {
                    fixedDatabases.addAll(checkById(Section.FIX, result.id()).databases());
                }
            }
            boolean fixed = scored.get(Section.FIX).score() > 0;
            scored.put(Section.DETECT, section(Section.DETECT, true));
            scored.put(Section.TRAP, section(Section.TRAP, fixed));
            List<SectionScore> sections = new ArrayList<>();
            for (Section section : Section.values()) {
                sections.add(scored.get(section));
            }
            int hints = submission.hintsUsed();
            return new ScoreCard(scenario.id(), scenario.title(), sections, submission.elapsedSeconds(),
                    new ScoreCard.Assistance(hints, scenario.hintCost(hints)), ScoreCard.Attempt.FIRST);
        }

        /** @param earns whether a passed check earns its points (traps: only once a fix scored) */
        private SectionScore section(Section section, boolean earns) {
            List<CheckResult> results = new ArrayList<>();
            for (Check check : scenario.checks(section)) {
                Verdict verdict = passes(check);
                Findings findings = verdict.holds() || verdict.unchecked() != null ? Findings.NONE : findings(check);
                results.add(new CheckResult(check.id(), check.title(), verdict.holds(),
                        verdict.holds() && earns ? check.points() : 0, check.points(), verdict.unchecked(), findings));
            }
            return new SectionScore(section, results);
        }

        /**
         * Evidence before the fix where the check asks for it: in a fixed database, before the
         * first change there; on the pooler's admin console (never fixed itself), before the
         * first change in any fixed database. In a topology an {@code :action} or a change on the
         * console (SET, KILL, RELOAD) is a change of every database, wherever it was typed.
         */
        private boolean ran(Check check, String db, Condition.Ran ran) {
            if (!check.beforeFix() || fixedDatabases.isEmpty()) {
                return evidence.ran(db, ran.pattern());
            }
            if (scenario.topology().isSingleServer()) {
                return fixedDatabases.contains(db) ? evidence.ranBeforeChange(db, ran.pattern()) : evidence.ran(db, ran.pattern());
            }
            // a topology: an :action, or a change on the pooler's console, changes every database
            if (fixedDatabases.contains(db)) {
                return evidence.ranBeforeChangeIn(db, java.util.Set.of(db), Endpoint.POOLER_ADMIN_DATABASE, ran.pattern());
            }
            if (Endpoint.POOLER_ADMIN_DATABASE.equals(db)) {
                return evidence.ranBeforeChangeIn(db, fixedDatabases, Endpoint.POOLER_ADMIN_DATABASE, ran.pattern());
            }
            return evidence.ran(db, ran.pattern());
        }

        private Check checkById(Section section, String id) {
            return scenario.checks(section).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        }

        /**
         * Sql conditions must hold in every database of the check; ran/not_ran too, unless the
         * check says {@code any}, then each must hold in at least one. A condition that definitely
         * fails decides the check; one that could not run (the learner's lock) makes it "could not
         * check" unless another fails.
         */
        private Verdict passes(Check check) {
            Verdict verdict = Verdict.HOLDS;
            for (Condition condition : check.conditions()) {
                Verdict holds;
                if (condition instanceof Condition.Sql sql) {
                    holds = inEvery(check, db -> inspection(check.server(), db).holds(sql.query()));
                    if (holds.fails() && sql.within() != null) {
                        holds = awaitSql(check, sql);
                    }
                } else if (condition instanceof Condition.Ran ran) {
                    holds = Verdict.of(evidenceHolds(check, db -> ran(check, db, ran)));
                } else if (condition instanceof Condition.NotRan notRan) {
                    holds = Verdict.of(evidenceHolds(check, db -> evidence.tookEffect(db, notRan.pattern()).isEmpty()));
                } else if (condition instanceof Condition.AsApp app) {
                    String server = Part.ofApp(scenario, check, app);
                    holds = inEvery(check, db -> inspection(server, db).works(app));
                } else if (condition instanceof Condition.ServerState state) {
                    holds = Verdict.of(servers.holds(state));
                } else {
                    holds = actors.holds((Condition.ActorCheck) condition);
                }
                verdict = verdict.and(holds);
                if (verdict.fails()) {
                    return verdict;
                }
            }
            return verdict;
        }

        /**
         * A query that may take a while to hold ({@code within}: a standby reconnects within
         * its retry interval of a fix): asked again, on a session of its own, every 250 ms until it
         * holds or the bound, counted from the start of judging, has passed.
         */
        private Verdict awaitSql(Check check, Condition.Sql sql) {
            long deadline = startedNanos + sql.within().toNanos();
            Verdict verdict = Verdict.FAILS;
            while (verdict.fails() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return verdict;
                }
                verdict = inEvery(check, db -> {
                    try (DatabaseInspection again = DatabaseInspection.of(check.server(), db, Set.of(sql.query()), Set.of(), locks)) {
                        return again.holds(sql.query());
                    }
                });
            }
            return verdict;
        }

        /** What a failed check saw: its found query's value, the application's trouble, the statement that sprang it. */
        private Findings findings(Check check) {
            String found = check.found() == null ? null : found(check);
            String observed = null;
            Findings.Cause cause = null;
            for (Condition condition : check.conditions()) {
                // what the application went through, only where that is what failed: a check that
                // failed on its sql while its actor works must not say "too few statements"
                if (condition instanceof Condition.ActorCheck actor && observed == null && !actors.holds(actor).holds()) {
                    observed = actors.observed(actor);
                } else if (condition instanceof Condition.NotRan notRan && cause == null) {
                    for (String db : check.databases()) {
                        var input = evidence.tookEffect(db, notRan.pattern());
                        if (input.isPresent()) {
                            cause = new Findings.Cause(db, input.get().text(), input.get().at());
                            break;
                        }
                    }
                }
            }
            return new Findings(found, observed, cause);
        }

        /** The found query in each of the check's databases; several are named "db: value; db: value". */
        private String found(Check check) {
            List<String> values = new ArrayList<>();
            for (String db : check.databases()) {
                String value = inspection(check.server(), db).value(check.found());
                if (value != null && !value.isBlank()) {
                    values.add(check.databases().size() > 1 ? db + ": " + value : value);
                }
            }
            return values.isEmpty() ? null : String.join("; ", values);
        }

        private DatabaseInspection inspection(String server, String db) {
            return inspections.get(Part.key(server, db));
        }

        private static Verdict inEvery(Check check, Function<String, Verdict> inDatabase) {
            Verdict verdict = Verdict.HOLDS;
            for (String db : check.databases()) {
                verdict = verdict.and(inDatabase.apply(db));
                if (verdict.fails()) {
                    return verdict;
                }
            }
            return verdict;
        }

        private static boolean evidenceHolds(Check check, Predicate<String> inDatabase) {
            return check.any() ? check.databases().stream().anyMatch(inDatabase) : check.databases().stream().allMatch(inDatabase);
        }
    }

    /**
     * Reads every database the checks look at, on every server they name (a standby, the
     * pooler): one inspection per server and database, in parallel. Every scenario database is
     * read on the primary, whose pg_stat_statements is the learner's evidence.
     */
    private static Map<String, DatabaseInspection> inspect(Scenario scenario, LearnerLocks locks) {
        Map<String, Set<String>> queries = new LinkedHashMap<>();
        Map<String, Set<Condition.AsApp>> apps = new HashMap<>();
        for (String db : scenario.databases()) {
            queries.put(Part.key(null, db), new LinkedHashSet<>());
        }
        for (Section section : Section.values()) {
            for (Check check : scenario.checks(section)) {
                for (Condition condition : check.conditions()) {
                    if (condition instanceof Condition.Sql sql) {
                        check.databases().forEach(db -> at(queries, check.server(), db).add(sql.query()));
                    } else if (condition instanceof Condition.AsApp app) {
                        String server = Part.ofApp(scenario, check, app);
                        check.databases().forEach(db -> {
                            at(queries, server, db);
                            apps.computeIfAbsent(Part.key(server, db), k -> new LinkedHashSet<>()).add(app);
                        });
                    }
                }
                if (check.found() != null) {
                    check.databases().forEach(db -> at(queries, check.server(), db));
                }
            }
        }
        return PerDatabase.run(List.copyOf(queries.keySet()), key -> DatabaseInspection.of(Part.server(key), Part.database(key),
                queries.get(key), apps.getOrDefault(key, Set.of()), locks));
    }

    private static Set<String> at(Map<String, Set<String>> queries, String server, String db) {
        return queries.computeIfAbsent(Part.key(server, db), k -> new LinkedHashSet<>());
    }
}
