package dev.ride.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.ride.sandbox.Sandbox;
import dev.ride.scenario.Check;
import dev.ride.scenario.Condition;
import dev.ride.scenario.PerDatabase;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.Section;

/**
 * Scores a drill: reads every scenario database once (one connection each, in parallel), then
 * evaluates the checks against what it read and the learner's transcript. Deterministic: the
 * same end state and inputs give the same card.
 */
public final class Scorer {

    public ScoreCard score(Scenario scenario, Sandbox sandbox, List<TranscriptInput> transcript, long elapsedSeconds) {
        return score(scenario, sandbox, transcript, elapsedSeconds, LiveEvidence.NONE);
    }

    /** @param live the actors' side of a live drill ({@link LiveEvidence#NONE} for a snapshot scenario) */
    public ScoreCard score(Scenario scenario, Sandbox sandbox, List<TranscriptInput> transcript, long elapsedSeconds,
                           LiveEvidence live) {
        LearnerLocks locks = new LearnerLocks(sandbox, live.applicationRoles());
        Map<String, DatabaseInspection> inspections = inspect(scenario, locks);
        try {
            return score(scenario, transcript, elapsedSeconds, live, locks, inspections);
        } finally {
            inspections.values().forEach(DatabaseInspection::close);
        }
    }

    private static ScoreCard score(Scenario scenario, List<TranscriptInput> transcript, long elapsedSeconds,
                                   LiveEvidence live, LearnerLocks locks, Map<String, DatabaseInspection> inspections) {
        Map<String, String> actorDatabases = new HashMap<>();
        scenario.actors().forEach(a -> actorDatabases.put(a.name(), a.database()));
        ActorVerdict actors = new ActorVerdict(live, locks, actorDatabases, db -> {
            DatabaseInspection inspection = inspections.get(db);
            return inspection == null ? null : inspection.connection();
        });
        Map<String, List<String>> statements = new HashMap<>();
        inspections.forEach((db, inspection) -> statements.put(db, inspection.statements()));
        Evidence evidence = Evidence.of(transcript, statements);

        List<SectionScore> sections = new ArrayList<>();
        boolean fixed = false;
        for (Section section : Section.values()) {
            List<CheckResult> results = new ArrayList<>();
            for (Check check : scenario.checks(section)) {
                Verdict verdict = passes(check, inspections, evidence, actors);
                boolean earns = verdict.holds() && (section != Section.TRAP || fixed);
                results.add(new CheckResult(check.id(), check.title(), verdict.holds(), earns ? check.points() : 0,
                        check.points(), verdict.unchecked()));
            }
            SectionScore score = new SectionScore(section, results);
            fixed |= section == Section.FIX && score.score() > 0;
            sections.add(score);
        }
        return new ScoreCard(scenario.id(), scenario.title(), sections, elapsedSeconds);
    }

    /**
     * Sql conditions must hold in every database of the check; ran/not_ran too, unless the
     * check says {@code any}, then each must hold in at least one. A condition that definitely
     * fails decides the check; one that could not run (the learner's lock) makes it "could not
     * check" unless another fails.
     */
    private static Verdict passes(Check check, Map<String, DatabaseInspection> inspections, Evidence evidence,
                                  ActorVerdict actors) {
        Verdict verdict = Verdict.HOLDS;
        for (Condition condition : check.conditions()) {
            Verdict holds;
            if (condition instanceof Condition.Sql sql) {
                holds = inEvery(check, db -> inspections.get(db).holds(sql.query()));
            } else if (condition instanceof Condition.Ran ran) {
                holds = Verdict.of(evidenceHolds(check, db -> evidence.ran(db, ran.pattern())));
            } else if (condition instanceof Condition.NotRan notRan) {
                holds = Verdict.of(evidenceHolds(check, db -> !evidence.ran(db, notRan.pattern())));
            } else if (condition instanceof Condition.AsApp app) {
                holds = inEvery(check, db -> inspections.get(db).works(app));
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

    private static Map<String, DatabaseInspection> inspect(Scenario scenario, LearnerLocks locks) {
        Map<String, Set<String>> queries = new HashMap<>();
        Map<String, Set<Condition.AsApp>> apps = new HashMap<>();
        for (String db : scenario.databases()) {
            queries.put(db, new LinkedHashSet<>());
            apps.put(db, new LinkedHashSet<>());
        }
        for (Section section : Section.values()) {
            for (Check check : scenario.checks(section)) {
                for (Condition condition : check.conditions()) {
                    if (condition instanceof Condition.Sql sql) {
                        check.databases().forEach(db -> queries.get(db).add(sql.query()));
                    } else if (condition instanceof Condition.AsApp app) {
                        check.databases().forEach(db -> apps.get(db).add(app));
                    }
                }
            }
        }
        return PerDatabase.run(scenario.databases(), db -> DatabaseInspection.of(db, queries.get(db), apps.get(db), locks));
    }
}
