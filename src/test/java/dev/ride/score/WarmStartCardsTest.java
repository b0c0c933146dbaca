package dev.ride.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.Tree;
import dev.ride.sandbox.embedded.EmbeddedEngine;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioFingerprint;
import dev.ride.scenario.ScenarioInstaller;
import dev.ride.scenario.ScenarioLoader;
import dev.ride.scenario.SeedScenario;
import dev.ride.scenario.Solution;

/**
 * The embedded engine's warm start (a cached, prepared data directory) gives the learner exactly
 * what a fresh install gives: the seed's stored cards (which {@link SolutionsTest} checks on a
 * fresh install) for doing nothing and for the reference fix, a new password every run, and a
 * new cache key whenever a setup file changes.
 */
class WarmStartCardsTest {

    private Path cache;

    @BeforeEach
    void cacheDir() throws Exception {
        cache = Files.createTempDirectory("ride-warm-test-");
    }

    @AfterEach
    void removeCache() throws Exception {
        Tree.delete(cache);
    }

    @Test
    void warmCopiesScoreLikeAFreshInstallWithANewPasswordEachRun() throws Exception {
        Scenario seed = SeedScenario.load();
        EmbeddedEngine engine = new EmbeddedEngine().withPreparedCache(cache);
        AtomicInteger installs = new AtomicInteger();
        PreparedState state = new PreparedState(ScenarioFingerprint.of(seed), sandbox -> {
            installs.incrementAndGet();
            ScenarioInstaller.install(sandbox, seed);
        });
        Set<String> passwords = new HashSet<>();
        String firstPassword;
        try (Sandbox first = engine.start("test/warm-1", state)) {
            firstPassword = first.password();
            passwords.add(first.password());
            assertThat(card(seed, first, "nothing")).isEqualTo(storedCard(seed, "nothing"));
        }
        assertThat(installs).hasValue(1);
        String cachedPassword = cachedPassword();
        for (String solution : new String[] {"reference", "nothing"}) {
            try (Sandbox warm = engine.start("test/warm-2", state)) {
                passwords.add(warm.password());
                assertThat(card(seed, warm, solution)).as(solution).isEqualTo(storedCard(seed, solution));
                assertThatThrownBy(() -> login(warm, cachedPassword)).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> login(warm, firstPassword)).isInstanceOf(SQLException.class);
                assertThat(passwordTrackedAnywhere(warm)).isFalse();
            }
        }
        assertThat(installs).as("no setup ran on the warm starts").hasValue(1);
        assertThat(passwords).hasSize(3).doesNotContain(cachedPassword);
    }

    @Test
    void aChangedSetupFileChangesTheKey() throws Exception {
        Path copy = cache.resolve("scenarios/stage-09/copy");
        Path source = SeedScenario.ROOT.resolve(SeedScenario.ID);
        Tree.copy(source, copy);
        Scenario scenario = ScenarioLoader.load(copy, "stage-09/copy");
        String before = ScenarioFingerprint.of(scenario);
        EmbeddedEngine engine = new EmbeddedEngine().withPreparedCache(cache);
        assertThat(engine.cacheKey(before))
                .isEqualTo(engine.cacheKey(ScenarioFingerprint.of(ScenarioLoader.load(source, SeedScenario.ID))));

        Path setupFile = scenario.setup().filesFor(scenario.startDatabase()).get(0);
        Files.writeString(setupFile, Files.readString(setupFile) + "\n-- one more line\n");
        String after = ScenarioFingerprint.of(ScenarioLoader.load(copy, "stage-09/copy"));

        assertThat(after).isNotEqualTo(before);
        assertThat(engine.cacheKey(after)).isNotEqualTo(engine.cacheKey(before));
    }

    private static String card(Scenario seed, Sandbox sandbox, String solution) throws Exception {
        return ScoreCardFormatter.jsonWithoutElapsed(SolutionReplay.play(seed, sandbox, solution(seed, solution).transcript()));
    }

    private static String storedCard(Scenario seed, String solution) throws Exception {
        return Files.readString(solution(seed, solution).card()).strip();
    }

    private static Solution solution(Scenario seed, String name) {
        return seed.solutions().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private String cachedPassword() throws Exception {
        try (Stream<Path> entries = Files.list(cache)) {
            Path entry = entries.filter(p -> Files.exists(p.resolve("password"))).findFirst().orElseThrow();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry.resolve("password")))).isEqualTo("rw-------");
            return Files.readString(entry.resolve("password")).strip();
        }
    }

    private static void login(Sandbox sandbox, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", sandbox.user());
        props.setProperty("password", password);
        DriverManager.getConnection(sandbox.jdbcUrl("postgres"), props).close();
    }

    private static boolean passwordTrackedAnywhere(Sandbox sandbox) throws SQLException {
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_stat_statements where query ilike '%password%'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
