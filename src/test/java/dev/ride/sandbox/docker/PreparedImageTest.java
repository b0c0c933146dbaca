package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.Image;

import dev.ride.sandbox.PreparedState;
import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxException;

/**
 * Warm starts of the Docker engine against the real daemon and the offline image: the first start
 * of a state makes a prepared image, the next ones run it without installing again, each with its
 * own password; a new state key replaces the image; a failed install leaves nothing behind.
 */
class PreparedImageTest {

    /** A label of its own per run: the images of this test never meet a developer's. */
    private final String label = "test/prepared-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger installs = new AtomicInteger();
    private final DockerClient client = DockerTests.daemon().client();

    @AfterEach
    void removeImages() {
        PreparedImages images = new PreparedImages(client);
        for (Image image : images.ofScenario(label)) {
            images.remove(image.getId());
        }
    }

    /** Marks the cluster and counts the installs: a warm start must not install again. */
    private PreparedState state(String key) {
        return new PreparedState(key, sandbox -> {
            installs.incrementAndGet();
            try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("create table installed (key text)");
                s.execute("insert into installed values ('" + key + "')");
                s.execute("create extension pg_stat_statements");
            } catch (SQLException e) {
                throw new SandboxException(e.getMessage(), e);
            }
        });
    }

    @Test
    void secondStartRunsThePreparedImageWithItsOwnPassword() throws Exception {
        DockerEngine engine = DockerTests.engine();
        String first;
        String firstImage;
        try (DockerSandbox sandbox = engine.start(label, state("k1"))) {
            assertThat(installs).hasValue(1);
            assertThat(installedKey(sandbox)).isEqualTo("k1");
            first = sandbox.password();
            // the first run goes on in the container it committed (initdb'd, or of the empty cluster)
            assertThat(sandbox.containerImage()).isIn(DockerTests.image(), emptyClusterId(DockerTests.image()));
            firstImage = preparedId();
            assertThat(client.inspectImageCmd(firstImage).exec().getRepoTags())
                    .singleElement().asString().startsWith(PreparedImages.REPOSITORY_PREFIX);
            assertThat(sandbox.image()).isEqualTo(DockerTests.image());
        }
        Map<String, String> labels = client.inspectImageCmd(firstImage).exec().getConfig().getLabels();
        assertThat(labels).containsEntry(RideLabels.RIDE, PreparedImages.PREPARED)
                .containsEntry(RideLabels.SCENARIO, label)
                .containsEntry(PreparedImages.FINGERPRINT, "k1")
                .containsEntry(PreparedImages.BASE_REF, DockerTests.image())
                .containsEntry(RideLabels.OWNER_PID, "");
        String prepared = labels.get(PreparedImages.PASSWORD);
        assertThat(first).as("the first run's own password").isNotEqualTo(prepared);

        try (DockerSandbox sandbox = engine.start(label, state("k1"))) {
            assertThat(installs).as("installs after a warm start").hasValue(1);
            assertThat(installedKey(sandbox)).isEqualTo("k1");
            assertThat(client.inspectContainerCmd(sandbox.containerId()).exec().getImageId()).isEqualTo(firstImage);
            assertThat(sandbox.description()).contains("prepared");
            // the container is an ordinary sandbox: its own labels, so the reaper and `sandbox ls` know it
            assertThat(client.inspectContainerCmd(sandbox.containerId()).exec().getConfig().getLabels())
                    .containsEntry(RideLabels.RIDE, "1")
                    .containsEntry(RideLabels.OWNER_PID, Long.toString(ProcessHandle.current().pid()));

            assertThat(sandbox.password()).isNotEqualTo(first).isNotEqualTo(prepared);
            assertRefused(sandbox, first);
            assertRefused(sandbox, prepared);
            try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from pg_stat_statements where query ilike '%password%'"
                         + " and query not ilike '%pg_stat_statements%'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("statements with a password in pg_stat_statements").isZero();
            }
        }
    }

    /**
     * A setup that changes a setting only a start applies (stage-03/01 shrinks max_connections):
     * the first run has it too, as every later run from the image and every embedded run do.
     */
    @Test
    void theFirstRunHasTheSetupsStartOnlySettings() throws Exception {
        DockerEngine engine = DockerTests.engine();
        PreparedState shrink = new PreparedState("small", sandbox -> {
            try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("alter system set max_connections = 42");
            } catch (SQLException e) {
                throw new SandboxException(e.getMessage(), e);
            }
        });
        for (String run : List.of("first", "second")) {
            try (DockerSandbox sandbox = engine.start(label, shrink);
                 Connection c = sandbox.connect("postgres"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("show max_connections")) {
                rs.next();
                assertThat(rs.getString(1)).as("max_connections of the %s run", run).isEqualTo("42");
                assertThat(sandbox.containerImage()).as("the %s run starts from the prepared image", run).isEqualTo(preparedId());
            }
        }
    }

    @Test
    void aNewKeyMakesANewImageAndDropsTheOld() throws Exception {
        DockerEngine engine = DockerTests.engine();
        String oldImage;
        try (DockerSandbox sandbox = engine.start(label, state("v1"))) {
            oldImage = preparedId();
        }
        try (DockerSandbox sandbox = engine.start(label, state("v2"))) {
            assertThat(installs).hasValue(2);
            assertThat(installedKey(sandbox)).isEqualTo("v2");
            assertThat(sandbox.containerImage()).as("a new state starts from the empty cluster, no initdb")
                    .isEqualTo(emptyClusterId(DockerTests.image()));
        }
        // the old image goes on a thread of its own, which the close waits for: only then is it gone
        assertThat(preparedId()).isNotEqualTo(oldImage);
        List<Image> left = new PreparedImages(client).ofScenario(label);
        assertThat(left).hasSize(1);
        assertThat(left.get(0).getLabels()).containsEntry(PreparedImages.FINGERPRINT, "v2");
    }

    /**
     * After a rebuild of the base image (same tag, new id) the images of the old build are dropped,
     * the empty cluster after the scenario image made from it; those of the current build stay.
     * The images are commits labelled as prepared ones of a base reference of this test's own, so
     * a developer's images never take part.
     */
    @Test
    void theImagesOfAnOlderBuildOfTheBaseGoTheEmptyClusterLast() {
        String baseRef = "ride-test/base-" + UUID.randomUUID().toString().substring(0, 8) + ":1";
        PreparedImages images = new PreparedImages(client);
        List<String> made = new ArrayList<>();
        try {
            String olderEmpty = labelledCommit(DockerTests.image(), PreparedImages.EMPTY_CLUSTER, baseRef, "sha256:older", made);
            String olderScenario = labelledCommit(olderEmpty, label, baseRef, "sha256:older", made);
            String currentEmpty = labelledCommit(DockerTests.image(), PreparedImages.EMPTY_CLUSTER, baseRef, "sha256:current", made);
            String currentScenario = labelledCommit(currentEmpty, label, baseRef, "sha256:current", made);

            List<String> removed = images.removeOfOlderBase(new PreparedImages.Base(baseRef, "sha256:current", "/unused"));

            assertThat(removed).containsExactly(olderScenario, olderEmpty);
            assertThat(made).filteredOn(this::imageExists).containsExactlyInAnyOrder(currentEmpty, currentScenario);
        } finally {
            java.util.Collections.reverse(made);
            made.forEach(images::remove);
        }
    }

    /**
     * An empty cluster of another key on the same build of the base (made by a ride whose cache
     * format was another) goes when the new one is kept, and the scenario images made from it go
     * first: no key finds them again, and the daemon keeps a parent while a child exists (gate 16
     * found the old one still there beside the new).
     */
    @Test
    void aStaleEmptyClusterGoesWithTheScenarioImagesMadeFromIt() {
        String baseRef = "ride-test/base-" + UUID.randomUUID().toString().substring(0, 8) + ":1";
        PreparedImages images = new PreparedImages(client);
        List<String> made = new ArrayList<>();
        try {
            String staleEmpty = labelledCommit(DockerTests.image(), PreparedImages.EMPTY_CLUSTER, baseRef, "sha256:same", made);
            String staleScenario = labelledCommit(staleEmpty, label, baseRef, "sha256:same", made);
            String currentEmpty = labelledCommit(DockerTests.image(), PreparedImages.EMPTY_CLUSTER, baseRef, "sha256:same", made);
            String currentScenario = labelledCommit(currentEmpty, label, baseRef, "sha256:same", made);
            String currentKey = client.inspectImageCmd(currentEmpty).exec().getConfig().getLabels().get(PreparedImages.KEY);

            List<String> removed = images.removeStale(PreparedImages.EMPTY_CLUSTER, baseRef, currentKey);

            assertThat(removed).containsExactly(staleScenario, staleEmpty);
            assertThat(made).filteredOn(this::imageExists).containsExactlyInAnyOrder(currentEmpty, currentScenario);
        } finally {
            java.util.Collections.reverse(made);
            made.forEach(images::remove);
        }
    }

    /** A tagged commit of a container of {@code image} (never started) with the labels of a prepared image. */
    private String labelledCommit(String image, String scenario, String baseRef, String baseId, List<String> made) {
        String container = client.createContainerCmd(image).withLabels(Map.of(RideLabels.RIDE, "1")).exec().getId();
        try {
            String id = client.commitCmd(container)
                    .withLabels(Map.of(RideLabels.RIDE, PreparedImages.PREPARED, RideLabels.SCENARIO, scenario,
                            PreparedImages.BASE_REF, baseRef, PreparedImages.BASE_ID, baseId,
                            // a change of its own per commit: two commits of one container are otherwise the same image
                            PreparedImages.KEY, UUID.randomUUID().toString()))
                    // tagged, as prepared images are: the daemon drops an untagged parent with its last child
                    .withRepository(baseRef.substring(0, baseRef.indexOf(':')) + "-prepared")
                    .withTag(Integer.toString(made.size()))
                    .exec();
            made.add(id);
            return id;
        } finally {
            Containers.remove(client, container);
        }
    }

    private boolean imageExists(String id) {
        try {
            client.inspectImageCmd(id).exec();
            return true;
        } catch (com.github.dockerjava.api.exception.NotFoundException e) {
            return false;
        }
    }

    /**
     * The official image declares {@code VOLUME /var/lib/postgresql/data}, which a commit does not
     * capture: the prepared cluster lives elsewhere, and the anonymous volumes go with the containers.
     */
    @Test
    void anImageWithAVolumeAtItsDataDirectoryIsPreparedToo(@TempDir Path dir) throws Exception {
        String tag = "ride-test/postgres-with-volume:" + label.substring(label.lastIndexOf('-') + 1);
        Files.writeString(dir.resolve("Dockerfile"), "FROM " + DockerTests.image() + "\n"
                + "VOLUME " + ContainerSpec.DEFAULT_PGDATA + "\n");
        client.buildImageCmd(dir.toFile()).withTags(Set.of(tag)).exec(new BuildImageResultCallback()).awaitImageId();
        int volumesBefore = client.listVolumesCmd().exec().getVolumes().size();
        try {
            DockerEngine engine = new DockerEngine(DockerTests.daemon(), DockerTests.settings().withImage(tag),
                    System.err);
            try (DockerSandbox sandbox = engine.start(label, state("vol"))) {
                assertThat(installedKey(sandbox)).isEqualTo("vol");
            }
            try (DockerSandbox sandbox = engine.start(label, state("vol"))) {
                assertThat(installs).hasValue(1);
                assertThat(installedKey(sandbox)).isEqualTo("vol");
            }
            assertThat(client.listVolumesCmd().exec().getVolumes()).as("anonymous volumes left").hasSize(volumesBefore);
        } finally {
            removeImages();
            new PreparedImages(client).remove(emptyClusterId(tag)); // a child of the tag's image
            DockerTests.removeImage(tag);
        }
    }

    @Test
    void aFailedInstallLeavesNoImageAndNoContainer() {
        DockerEngine engine = DockerTests.engine();
        PreparedState broken = new PreparedState("broken", sandbox -> {
            throw new SandboxException("setup failed on purpose");
        });
        assertThatThrownBy(() -> engine.start(label, broken)).hasMessageContaining("on purpose");
        assertThat(new PreparedImages(client).ofScenario(label)).isEmpty();
        assertThat(Containers.ofRide(client)).noneMatch(c -> label.equals(c.getLabels().get(RideLabels.SCENARIO)));
    }

    /**
     * The id of the empty-cluster image made from {@code base} as it is now (one per base image,
     * kept across tests; one made from an earlier build of the same tag is not it).
     */
    private String emptyClusterId(String base) {
        String baseId = client.inspectImageCmd(base).exec().getId();
        List<Image> empty = new PreparedImages(client).ofScenario(PreparedImages.EMPTY_CLUSTER).stream()
                .filter(i -> base.equals(i.getLabels().get(PreparedImages.BASE_REF)))
                .filter(i -> baseId.equals(i.getLabels().get(PreparedImages.BASE_ID)))
                .toList();
        assertThat(empty).as("empty-cluster images of " + base).hasSize(1);
        return empty.get(0).getId();
    }

    /** The id of the one prepared image of this test's label. */
    private String preparedId() {
        List<Image> images = new PreparedImages(client).ofScenario(label);
        assertThat(images).hasSize(1);
        return images.get(0).getId();
    }

    private static String installedKey(Sandbox sandbox) throws SQLException {
        try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select string_agg(key, ',') from installed")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void assertRefused(Sandbox sandbox, String password) {
        Properties login = new Properties();
        login.setProperty("user", sandbox.user());
        login.setProperty("password", password);
        assertThatThrownBy(() -> DriverManager.getConnection(sandbox.jdbcUrl("postgres"), login).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }
}
