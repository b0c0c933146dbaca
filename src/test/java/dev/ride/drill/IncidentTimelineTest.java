package dev.ride.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ride.actor.ActorEvent;
import dev.ride.sandbox.EngineOptions;
import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.choice.Engines;
import dev.ride.scenario.PreparedScenario;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.score.Timeline;
import dev.ride.shell.ScriptShell;
import dev.ride.shell.ShellSession;

/** The card's timeline: the actors' story compressed, merged with what the learner changed. */
class IncidentTimelineTest {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final long S = 1_000_000_000L;

    @Test
    void aFailingWorkloadIsOneFailingLineAndOneRecoveredLine() {
        List<ActorEvent> events = new ArrayList<>();
        events.add(event(0, "checkout_b", ActorEvent.Kind.STARTED, null, 0));
        events.add(event(S / 10, "checkout_b", ActorEvent.Kind.FAILING, "42703", 0));
        events.add(event(70 * S, "checkout_b", ActorEvent.Kind.RECOVERED, null, 0));
        // a straggler parsed before the fix fails just after it, then the app works for good
        events.add(event(70 * S + S / 10, "checkout_b", ActorEvent.Kind.FAILING, "42703", 0));
        events.add(event(70 * S + S / 5, "checkout_b", ActorEvent.Kind.RECOVERED, null, 0));

        assertThat(ActorStory.of(events, Duration::ofNanos)).extracting(Timeline.Entry::who, Timeline.Entry::what)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("checkout_b", "failing with 42703: boom"),
                        org.assertj.core.groups.Tuple.tuple("checkout_b", "recovered"));
    }

    @Test
    void shortLockWaitsAreLeftOutAQueueOfWaitsIsOneLineAndTerminationsAreCounted() {
        List<ActorEvent> events = List.of(
                event(S, "checkout", ActorEvent.Kind.LOCK_WAIT, null, 300),
                event(12 * S, "checkout", ActorEvent.Kind.LOCK_WAIT, null, 2000),   // waited 10-12 s
                event(13 * S, "checkout", ActorEvent.Kind.LOCK_WAIT, null, 2500),   // 10.5-13 s: the same queue
                event(20 * S, "report", ActorEvent.Kind.TERMINATED, null, 0),
                event(21 * S, "report", ActorEvent.Kind.RECONNECTED, null, 0),
                event(22 * S, "report", ActorEvent.Kind.TERMINATED, null, 0),
                event(23 * S, "report", ActorEvent.Kind.GONE, null, 0));

        List<Timeline.Entry> lines = ActorStory.of(events, Duration::ofNanos);

        assertThat(lines).extracting(Timeline.Entry::what).containsExactly(
                "waited on locks, up to 2.5 s at a time", "terminated (2 times)", "gone (it will not come back)");
        assertThat(lines.get(0).at()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void onlyStatementsThatChangeSomethingAreTheLearnersLines() {
        assertThat(IncidentTimeline.changes("ALTER TABLE orders ADD COLUMN release_id text")).isTrue();
        assertThat(IncidentTimeline.changes("-- fix\nbegin")).isTrue();
        assertThat(IncidentTimeline.changes("with gone as (delete from orders returning *) select count(*) from gone")).isTrue();
        assertThat(IncidentTimeline.changes("SELECT * FROM orders")).isFalse();
        assertThat(IncidentTimeline.changes("  /* look */ show lock_timeout")).isFalse();
        assertThat(IncidentTimeline.changes("with x as (select 1) select * from x")).isFalse();
        assertThat(IncidentTimeline.changes("(select 1)")).isFalse();
    }

    /**
     * The seed, live, through the real drill and shell (script mode, as {@code ride scenario verify}):
     * checkout_b fails with 42703 from the start, the learner adds the column, checkout_b recovers.
     */
    @Test
    void theSeedsStoryIsFailingThenYourAlterThenRecovered() throws Exception {
        Scenario seed = ScenarioCatalog.scan(Path.of("scenarios")).require(SEED);
        String script = String.join("\n", "\\c tenant_b", "\\d orders", "SELECT count(*) FROM orders;",
                "ALTER TABLE orders ADD COLUMN release_id text;", ":submit --json", ":postmortem", "");
        StringWriter out = new StringWriter();
        try (Sandbox sandbox = Engines.forName("embedded", EngineOptions.defaults()).start(seed.id(), PreparedScenario.of(seed));
             Drill drill = new Drill(seed, sandbox, new DrillClock(null), false).goLive();
             ShellSession session = new ShellSession(drill, seed.startDatabase(), new PrintWriter(out), new PrintWriter(new StringWriter()))) {
            new ScriptShell(session).run(new BufferedReader(new StringReader(script)));
        }
        String stdout = out.toString();
        String cardLine = stdout.lines().filter(l -> l.startsWith("{\"scenario\"")).findFirst().orElseThrow();
        JsonNode timeline = new ObjectMapper().readTree(cardLine).get("timeline");

        List<String> story = new ArrayList<>();
        for (JsonNode line : timeline) {
            assertThat(line.get("at_s").isIntegralNumber()).isTrue();
            if (line.get("who").asText().equals("checkout_b") || line.get("who").asText().equals("you")) {
                story.add(line.get("who").asText() + " " + line.get("what").asText());
            }
        }
        assertThat(story).hasSize(3);
        assertThat(story.get(0)).startsWith("checkout_b failing with 42703: ").contains("release_id").doesNotContain("ERROR");
        assertThat(story.get(1)).isEqualTo("you tenant_b: ALTER TABLE orders ADD COLUMN release_id text");
        assertThat(story.get(2)).isEqualTo("checkout_b recovered");
        assertThat(SolutionVerifier.VOLATILE).contains("timeline");

        // :postmortem after the submit: the reference write-up, then the learner's own story
        String postmortem = stdout.substring(stdout.indexOf(cardLine) + cardLine.length());
        assertThat(postmortem).contains("Your incident").containsPattern("\\d\\d:\\d\\d  you +tenant_b: ALTER TABLE orders");
        assertThat(postmortem.indexOf("Your incident")).isGreaterThan(postmortem.indexOf("tenant_c"));
    }

    private static ActorEvent event(long nanos, String actor, ActorEvent.Kind kind, String sqlState, long millis) {
        return new ActorEvent(Instant.EPOCH, nanos, actor, kind, sqlState, millis, sqlState == null ? null : "boom");
    }
}
