package dev.ride.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<String, DatabaseInspection> inspections = inspect(scenario, sandbox, live.applicationRoles());
        ActorVerdict actors = new ActorVerdict(live);
        Map<String, List<String>> statements = new HashMap<>();
        inspections.forEach((db, inspection) -> statements.put(db, inspection.statements()));
        Evidence evidence = Evidence.of(transcript, statements);

        List<SectionScore> sections = new ArrayList<>();
        boolean fixed = false;
        for (Section section : Section.values()) {
            List<CheckResult> results = new ArrayList<>();
            for (Check check : scenario.checks(section)) {
                boolean passed = passes(check, inspections, evidence, actors);
                boolean earns = passed && (section != Section.TRAP || fixed);
                results.add(new CheckResult(check.id(), check.title(), passed, earns ? check.points() : 0, check.points()));
            }
            SectionScore score = new SectionScore(section, results);
            fixed |= section == Section.FIX && score.score() > 0;
            sections.add(score);
        }
        return new ScoreCard(scenario.id(), scenario.title(), sections, elapsedSeconds);
    }

    /**
     * Sql conditions must hold in every database of the check; ran/not_ran too, unless the
     * check says {@code any}, then each must hold in at least one.
     */
    private static boolean passes(Check check, Map<String, DatabaseInspection> inspections, Evidence evidence,
                                  ActorVerdict actors) {
        for (Condition condition : check.conditions()) {
            boolean holds;
            if (condition instanceof Condition.Sql sql) {
                holds = check.databases().stream().allMatch(db -> inspections.get(db).holds(sql.query()));
            } else if (condition instanceof Condition.Ran ran) {
                holds = evidenceHolds(check, db -> evidence.ran(db, ran.pattern()));
            } else if (condition instanceof Condition.NotRan notRan) {
                holds = evidenceHolds(check, db -> !evidence.ran(db, notRan.pattern()));
            } else if (condition instanceof Condition.AsApp app) {
                holds = check.databases().stream().allMatch(db -> inspections.get(db).works(app));
            } else {
                holds = actors.holds((Condition.ActorCheck) condition);
            }
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static boolean evidenceHolds(Check check, Predicate<String> inDatabase) {
        return check.any() ? check.databases().stream().anyMatch(inDatabase) : check.databases().stream().allMatch(inDatabase);
    }

    private static Map<String, DatabaseInspection> inspect(Scenario scenario, Sandbox sandbox, Set<String> applicationRoles) {
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
        return PerDatabase.run(scenario.databases(), db -> DatabaseInspection.of(sandbox, db, queries.get(db), apps.get(db), applicationRoles));
    }
}
