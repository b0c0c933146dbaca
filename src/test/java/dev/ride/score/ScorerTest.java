package dev.ride.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.ride.sandbox.Sandbox;
import dev.ride.actor.Marker;
import dev.ride.drill.LiveApplication;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioLoader;
import dev.ride.scenario.Section;
import dev.ride.scenario.SeedScenario;

/** The seed's checks against real end states of its sandbox. */
class ScorerTest {

    private final Scenario seed = SeedScenario.load();
    private final List<TranscriptInput> transcript = new ArrayList<>();
    /** The seed's checkout app, live as in a drill (the Fix section judges it). */
    private LiveApplication application;
    private volatile Marker lastStatement = Marker.ORIGIN;

    @AfterEach
    void stopTheApplication() {
        if (application != null) {
            application.close();
        }
    }

    /** A fresh seed sandbox with its application running. */
    private Sandbox freshLive() {
        Sandbox sandbox = SeedScenario.fresh();
        application = new LiveApplication(seed, sandbox);
        application.start();
        return sandbox;
    }

    private ScoreCard score(Sandbox sandbox, List<TranscriptInput> inputs, long elapsed) {
        return new Scorer().score(seed, sandbox, inputs, elapsed, application.evidence(() -> lastStatement));
    }

    @Test
    void doingNothingScoresZeroAndSpringsNoTrap() {
        Sandbox sandbox = freshLive();

        ScoreCard card = score(sandbox, List.of(), 42);

        assertThat(card.total()).isZero();
        assertThat(card.max()).isEqualTo(100);
        assertThat(card.elapsedSeconds()).isEqualTo(42);
        assertThat(card.section(Section.TRAP).checks()).allSatisfy(c -> {
            assertThat(c.passed()).as(c.id() + " avoided").isTrue();
            assertThat(c.points()).as(c.id() + " earns nothing without a fix").isZero();
        });
        assertThat(card.sprungTraps()).isEmpty();
    }

    @Test
    void theReferenceFixWithItsEvidenceScoresTheMaximum() throws SQLException {
        Sandbox sandbox = freshLive();
        ran("tenant_b", "\\d orders");
        ran("tenant_c", "\\d orders");
        run(sandbox, "tenant_b", "ALTER TABLE orders ADD COLUMN release_id text");
        run(sandbox, "tenant_c", "ALTER TABLE orders ADD COLUMN release_id text");

        ScoreCard card = score(sandbox, transcript, 300);

        assertThat(card.total()).isEqualTo(100);
        assertThat(card.sections()).extracting(SectionScore::score).containsExactly(30, 40, 30);
    }

    @Test
    void theLearnersOwnPsqlCountsThroughPgStatStatements() throws SQLException {
        Sandbox sandbox = freshLive();
        // as if typed in the learner's own psql: no shell transcript at all
        run(sandbox, "tenant_b", "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders'");

        ScoreCard card = score(sandbox, List.of(), 0);

        assertThat(card.section(Section.DETECT).checks()).extracting(CheckResult::id, CheckResult::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inspected-tenant-b", true),
                        org.assertj.core.groups.Tuple.tuple("inspected-tenant-c", false));
    }

    @Test
    void theScorersOwnQueriesAreNeverEvidence() throws SQLException {
        Sandbox sandbox = freshLive();
        score(sandbox, List.of(), 0);

        try (Connection c = sandbox.connect("tenant_a"); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM pg_stat_statements WHERE query ~* 'to_regclass|pg_index|count\\(release_id\\)'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aReleaseIdOfTheWrongTypeIsNoFix() throws SQLException {
        Sandbox sandbox = freshLive();
        run(sandbox, "tenant_b", "ALTER TABLE orders ADD COLUMN release_id integer");
        run(sandbox, "tenant_c", "ALTER TABLE orders ADD COLUMN release_id varchar(40)");

        ScoreCard card = score(sandbox, List.of(), 0);

        // integer: the app's '2024.11.3' fails (22P02); varchar(40): the app works, but it is not
        // the column tenant_a has, so only the behavioural check of tenant_c passes
        assertThat(card.section(Section.FIX).checks()).filteredOn(CheckResult::passed).extracting(CheckResult::id)
                .containsExactly("checkout-works-tenant-c");
        assertThat(card.section(Section.FIX).score()).isEqualTo(10);
    }

    @Test
    void anIndexOnReleaseIdIsASprungTrapNamedOnTheCard() throws SQLException {
        Sandbox sandbox = freshLive();
        run(sandbox, "tenant_b", "ALTER TABLE orders ADD COLUMN release_id text");
        run(sandbox, "tenant_c", "ALTER TABLE orders ADD COLUMN release_id text");
        run(sandbox, "tenant_a", "CREATE INDEX ON orders (lower(release_id))");

        ScoreCard card = score(sandbox, List.of(), 0);

        assertThat(card.sprungTraps()).extracting(CheckResult::id).containsExactly("no-release-id-index");
        assertThat(card.section(Section.TRAP).score()).isEqualTo(20);
    }

    @Test
    void reRunningTheMigrationInTenantAThatFailsIsEvidenceOfAnAttemptButNoTrap() throws SQLException {
        Sandbox sandbox = freshLive();
        run(sandbox, "tenant_b", "ALTER TABLE orders ADD COLUMN release_id text");
        run(sandbox, "tenant_c", "ALTER TABLE orders ADD COLUMN release_id text");
        // failed statements never reach pg_stat_statements; the shell's transcript has them, marked failed
        transcript.add(new TranscriptInput("tenant_a", "alter table orders\n  add column release_id text", false,
                java.time.Duration.ofSeconds(30)));

        ScoreCard card = score(sandbox, transcript, 0);

        // traps judge effects: "column already exists" changed nothing
        assertThat(card.sprungTraps()).isEmpty();
    }

    @Test
    void aTrapSprungByAStatementNamesItAndWhen() throws SQLException {
        Sandbox sandbox = freshLive();
        run(sandbox, "tenant_b", "ALTER TABLE orders ADD COLUMN release_id text");
        transcript.add(new TranscriptInput("tenant_a", "ALTER TABLE orders ALTER COLUMN release_id SET DEFAULT 'x'", true,
                java.time.Duration.ofSeconds(75)));

        ScoreCard card = score(sandbox, transcript, 0);

        CheckResult untouched = card.sprungTraps().get(0);
        assertThat(untouched.id()).isEqualTo("tenant-a-untouched");
        assertThat(untouched.findings().cause()).isEqualTo(new Findings.Cause("tenant_a",
                "ALTER TABLE orders ALTER COLUMN release_id SET DEFAULT 'x'", java.time.Duration.ofSeconds(75)));
    }

    @Test
    void evidenceTakenOnlyAfterTheFixInThatDatabaseEarnsNoDetect() throws SQLException {
        Sandbox sandbox = freshLive();
        run(sandbox, "tenant_b", "ALTER TABLE orders ADD COLUMN release_id text");
        run(sandbox, "tenant_c", "ALTER TABLE orders ADD COLUMN release_id text");
        transcript.add(new TranscriptInput("tenant_b", "ALTER TABLE orders ADD COLUMN release_id text", true, java.time.Duration.ofSeconds(10)));
        transcript.add(new TranscriptInput("tenant_b", "\\d orders", true, java.time.Duration.ofSeconds(20)));
        // a failed change changed nothing: looking after it still comes before the fix
        transcript.add(new TranscriptInput("tenant_c", "ALTER TABLE orders ADD COLUMN release_id txt", false, java.time.Duration.ofSeconds(25)));
        transcript.add(new TranscriptInput("tenant_c", "\\d orders", true, java.time.Duration.ofSeconds(28)));
        transcript.add(new TranscriptInput("tenant_c", "ALTER TABLE orders ADD COLUMN release_id text", true, java.time.Duration.ofSeconds(30)));

        ScoreCard card = score(sandbox, transcript, 0);

        assertThat(card.section(Section.DETECT).checks()).extracting(CheckResult::id, CheckResult::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inspected-tenant-b", false),
                        org.assertj.core.groups.Tuple.tuple("inspected-tenant-c", true));
    }

    @Test
    void emptyingTenantAsReleaseIdsIsUndoingTheMigration() throws SQLException {
        Sandbox sandbox = freshLive();
        run(sandbox, "tenant_b", "ALTER TABLE orders ADD COLUMN release_id text");
        run(sandbox, "tenant_a", "UPDATE orders SET release_id = NULL");

        ScoreCard card = score(sandbox, List.of(), 0);

        assertThat(card.sprungTraps()).extracting(CheckResult::id).containsExactly("tenant-a-untouched");
        assertThat(card.total()).isEqualTo(20 + 20);
    }

    @Test
    void aDroppedDatabaseFailsItsChecksInsteadOfTheSubmit() throws SQLException {
        Sandbox sandbox = freshLive();
        run(sandbox, "tenant_b", "ALTER TABLE orders ADD COLUMN release_id text");
        run(sandbox, "postgres", "DROP DATABASE tenant_c WITH (FORCE)");

        ScoreCard card = score(sandbox, List.of(), 0);

        assertThat(card.section(Section.FIX).score()).isEqualTo(20);
        assertThat(card.sprungTraps()).extracting(CheckResult::id).containsExactly("no-release-id-index", "no-orders-lost");
    }

    @Test
    void aLearnersOpenTransactionDoesNotHangTheSubmitAndIsNotCalledATrap() throws SQLException {
        Sandbox sandbox = freshLive();
        run(sandbox, "tenant_b", "ALTER TABLE orders ADD COLUMN release_id text");
        run(sandbox, "tenant_c", "ALTER TABLE orders ADD COLUMN release_id text");
        try (Connection learner = sandbox.connect("tenant_c"); Statement s = learner.createStatement()) {
            learner.setAutoCommit(false);
            s.execute("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE");

            ScoreCard card = score(sandbox, List.of(), 0);

            // catalog checks read through the lock; reading rows cannot (lock_timeout: the parity check
            // looks for invented releases in old orders), and tenant_c's checkout waits behind the
            // learner's lock: none of them is judged, each costs its points
            assertThat(card.section(Section.FIX).checks()).filteredOn(c -> !c.passed()).extracting(CheckResult::id)
                    .containsExactly("checkout-works-tenant-c", "release-id-tenant-c");
            assertThat(card.section(Section.FIX).checks()).filteredOn(c -> !c.passed()).allMatch(c -> !c.checked());
            assertThat(card.section(Section.FIX).score()).isEqualTo(20);
            CheckResult checkout = card.section(Section.FIX).checks().stream()
                    .filter(c -> c.id().equals("checkout-works-tenant-c")).findFirst().orElseThrow();
            assertThat(checkout.unchecked().reason()).isEqualTo("checkout_c waits on a lock your session holds on orders");

            // a trap that could not be checked is never shown as sprung
            assertThat(card.sprungTraps()).isEmpty();
            CheckResult lost = card.section(Section.TRAP).checks().stream()
                    .filter(c -> c.id().equals("no-orders-lost")).findFirst().orElseThrow();
            assertThat(lost.passed()).isFalse();
            assertThat(lost.points()).isZero();
            assertThat(lost.unchecked().reason()).isEqualTo("your session holds a lock on orders");
            assertThat(lost.unchecked().text())
                    .matches("could not check: your session holds a lock on orders \\(transaction open since \\d\\d:\\d\\d:\\d\\d\\)");
            assertThat(ScoreCardFormatter.jsonWithoutElapsed(card))
                    .contains("{\"id\":\"no-orders-lost\",\"passed\":false,\"points\":0,\"unchecked\":\"your session holds a lock on orders\"}")
                    .contains("{\"id\":\"release-id-tenant-c\",\"passed\":false,\"points\":0,\"unchecked\":\"your session holds a lock on orders\"}");
            learner.rollback();
        }
    }

    @Test
    void aCheckThatNeedsManySuccessesWaitsForThemWithinItsOwnBound() throws IOException {
        // tenant_a's checkout works from the start at 5 calls a second: forty successes take 8 s, more
        // than the card's own bound (5.5 s from the start of judging), so only "within" lets it pass
        String manifest = Files.readString(SeedScenario.ROOT.resolve(SeedScenario.ID).resolve("scenario.yaml"));
        String forty = "actor: {name: checkout_a, works: true, min_successes: 40";

        assertThat(checkoutWorksInTenantB(manifest.replace("actor: {name: checkout_b, works: true}", forty + "}\n      within: 30s")))
                .as("forty successes within 30 s").isTrue();
        assertThat(checkoutWorksInTenantB(manifest.replace("actor: {name: checkout_b, works: true}", forty + "}")))
                .as("forty successes within the card's 5.5 s").isFalse();
    }

    @Test
    void aCheckThatFailsOnItsSqlWhileItsActorWorksSaysNothingOfTheActor() throws IOException {
        // checkout_a works from the start; the check fails on its sql only, so the card's ✗ line
        // must not report the working actor as "completed too few statements"
        String manifest = Files.readString(SeedScenario.ROOT.resolve(SeedScenario.ID).resolve("scenario.yaml"));
        Scenario variant = loadVariant(manifest.replace("actor: {name: checkout_b, works: true}",
                "actor: {name: checkout_a, works: true}\n      sql: SELECT false"));
        Sandbox sandbox = SeedScenario.fresh();
        application = new LiveApplication(variant, sandbox);
        application.start();

        ScoreCard card = new Scorer().score(variant, sandbox, List.of(), 0, application.evidence(() -> lastStatement));

        CheckResult check = card.section(Section.FIX).checks().stream()
                .filter(c -> c.id().equals("checkout-works-tenant-b")).findFirst().orElseThrow();
        assertThat(check.passed()).isFalse();
        assertThat(check.findings().observed()).isNull();
    }

    private boolean checkoutWorksInTenantB(String manifest) throws IOException {
        Scenario variant = loadVariant(manifest);
        Sandbox sandbox = SeedScenario.fresh();
        application = new LiveApplication(variant, sandbox);
        try {
            application.start();
            ScoreCard card = new Scorer().score(variant, sandbox, List.of(), 0, application.evidence(() -> lastStatement));
            return card.section(Section.FIX).checks().stream()
                    .filter(c -> c.id().equals("checkout-works-tenant-b")).findFirst().orElseThrow().passed();
        } finally {
            application.close();
            application = null;
        }
    }

    private static Scenario loadVariant(String manifest) throws IOException {
        Path dir = Files.createTempDirectory("ride-within");
        Path seedDir = SeedScenario.ROOT.resolve(SeedScenario.ID);
        try (var files = Files.walk(seedDir)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(seedDir.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(dir.resolve("scenario.yaml"), manifest);
        return ScenarioLoader.load(dir, SeedScenario.ID);
    }

    private void ran(String db, String text) {
        transcript.add(new TranscriptInput(db, text));
    }

    private void run(Sandbox sandbox, String db, String sql) throws SQLException {
        try (Connection c = sandbox.connect(db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        lastStatement = application.mark();
    }
}
