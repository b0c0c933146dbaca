package dev.ride.sandbox.docker;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import dev.ride.sandbox.Passwords;
import dev.ride.sandbox.PreparedStorage;
import dev.ride.sandbox.SandboxException;
import dev.ride.sandbox.ServerLogSettings;
import dev.ride.sandbox.WarmStart;

/**
 * The docker engine's warm-start storage for one start: a prepared state is an image of
 * {@link PreparedImages}, made by committing a running container whose cluster (on the container
 * filesystem, at {@link ContainerSpec#PREPARED_PGDATA}) holds the state; a start from it is a
 * container of that image. {@link EmptyCluster} keeps initdb's output once per base image,
 * {@link Installed} an empty cluster with a scenario installed.
 * <p>
 * A commit pauses the container while it copies the files (about a second), right after a
 * CHECKPOINT: every change is then in the data files, so the image holds the state as a clean
 * shutdown would, save that a start from it replays the few WAL records after the checkpoint. A
 * shutdown, commit and restart instead cost about 0.9 s more on the first run, which goes on in the
 * committed container.
 */
abstract class PreparedImageStorage implements PreparedStorage<PreparedImages.Prepared, DockerSandbox> {

    final ContainerLauncher launcher;
    final PreparedImages images;
    /** The scenario id: the containers' label and name. */
    final String label;
    final PreparedImages.Base base;
    final long begin;
    final StartTrace trace;
    /** The label the images of this storage are tagged by: the scenario id, or {@link PreparedImages#EMPTY_CLUSTER}. */
    private final String imageLabel;

    private PreparedImageStorage(ContainerLauncher launcher, PreparedImages images, String label, PreparedImages.Base base,
                                 long begin, StartTrace trace, String imageLabel) {
        this.launcher = launcher;
        this.images = images;
        this.label = label;
        this.base = base;
        this.begin = begin;
        this.trace = trace;
        this.imageLabel = imageLabel;
    }

    @Override
    public Optional<PreparedImages.Prepared> find(String key) {
        return images.find(imageLabel, key);
    }

    @Override
    public void discard(String key, PreparedImages.Prepared prepared) {
        images.remove(prepared.id());
    }

    /** A container of {@code image} with a new session id in its name and labels. */
    final DockerSandbox launch(String image, String password, ContainerSpec.Layout layout, String loginPassword,
                               Consumer<Connection> onLogin) {
        String session = UUID.randomUUID().toString();
        ContainerSpec spec = new ContainerSpec(image, DockerEngine.containerName(label, session), password,
                ContainerSpec.PREPARED_PGDATA, layout, RideLabels.forThisProcess(label, session));
        return launcher.launch(spec, base.ref(), loginPassword, onLogin, begin, trace);
    }

    /**
     * CHECKPOINT over {@code s}, then the commit of the container (paused while its files are
     * copied) as the prepared image of {@code key}, labelled with {@code fingerprint} and the
     * cluster's {@code password}. The server log is emptied first: the image's runs then start
     * without the preparing run's lines (initdb's temporary server, the setup's statements).
     */
    final void commitCheckpointed(Statement s, DockerSandbox container, String key, String fingerprint, String password)
            throws SQLException {
        s.execute("CHECKPOINT");
        // after the checkpoint, which logs its own two lines
        ServerLogSettings.emptyLog(s);
        images.commit(container.containerId(), imageLabel, key, base, fingerprint, password);
    }

    /**
     * Containers holding only an initialised cluster: started from this base image's
     * {@link PreparedImages#EMPTY_CLUSTER} image when there is one (no initdb: about 0.7 s less),
     * else initdb'd from the base image and committed as that image first. They keep the image's
     * password: a scenario is installed into them and committed with it.
     */
    static final class EmptyCluster extends PreparedImageStorage {

        EmptyCluster(ContainerLauncher launcher, PreparedImages images, String label, PreparedImages.Base base,
                     long begin, StartTrace trace) {
            super(launcher, images, label, base, begin, trace, PreparedImages.EMPTY_CLUSTER);
        }

        @Override
        public DockerSandbox startFrom(PreparedImages.Prepared prepared) {
            return launch(prepared.id(), prepared.password(), ContainerSpec.Layout.PREPARED, prepared.password(), c -> { });
        }

        @Override
        public DockerSandbox startEmpty(String key) {
            String password = Passwords.random();
            return launch(base.ref(), password, ContainerSpec.Layout.PREPARING, password, c -> { });
        }

        /** Commits the initialised cluster and removes the empty-cluster images of an older pull of the base. */
        @Override
        public DockerSandbox keep(String key, DockerSandbox initialised) {
            try (Connection c = initialised.connect("postgres"); Statement s = c.createStatement()) {
                commitCheckpointed(s, initialised, key, PreparedImages.EMPTY_CLUSTER, initialised.password());
                trace.step("checkpoint, commit empty cluster");
                images.removeStale(PreparedImages.EMPTY_CLUSTER, base.ref(), key);
            } catch (SQLException e) {
                initialised.close();
                throw new SandboxException("Cannot prepare the sandbox's image: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                initialised.close();
                throw e;
            }
            return initialised;
        }
    }

    /**
     * Containers holding a scenario: the first run for a (base image id, state key) installs it
     * into an empty cluster, checkpoints and commits that container, and goes on in it; every later
     * run starts a container of that image (no initdb, no setup SQL). Either way the sandbox gets a
     * new random password before it is handed out.
     */
    static final class Installed extends PreparedImageStorage {

        /** The state's own key, kept in the image's labels. */
        private final String fingerprint;

        Installed(ContainerLauncher launcher, PreparedImages images, String label, PreparedImages.Base base,
                  long begin, StartTrace trace, String fingerprint) {
            super(launcher, images, label, base, begin, trace, label);
            this.fingerprint = fingerprint;
        }

        @Override
        public Optional<PreparedImages.Prepared> find(String key) {
            Optional<PreparedImages.Prepared> found = super.find(key);
            trace.step("image, find prepared");
            return found;
        }

        @Override
        public DockerSandbox startFrom(PreparedImages.Prepared prepared) {
            String password = Passwords.random();
            return launch(prepared.id(), password, ContainerSpec.Layout.PREPARED, prepared.password(),
                    c -> Passwords.replace(c, ContainerSpec.SUPERUSER, password));
        }

        @Override
        public DockerSandbox startEmpty(String key) {
            EmptyCluster empty = new EmptyCluster(launcher, images, label, base, begin, trace);
            return WarmStart.start(empty, PreparedImages.key(base, PreparedImages.EMPTY_CLUSTER));
        }

        /** Commits the installed container, gives this run its own password, and removes older images later. */
        @Override
        public DockerSandbox keep(String key, DockerSandbox installed) {
            trace.step("install");
            try {
                String ownPassword = Passwords.random();
                try (Connection c = installed.connect("postgres"); Statement s = c.createStatement()) {
                    commitCheckpointed(s, installed, key, fingerprint, installed.password());
                    trace.step("checkpoint, commit");
                    if (pendingRestart(s)) {
                        return startFromCommitted(key, installed);
                    }
                    // the prepared image keeps the password it was made with; this run gets its own
                    Passwords.replace(c, ContainerSpec.SUPERUSER, ownPassword);
                }
                trace.step("new password");
                DockerSandbox ready = installed.handOver(installed.spec().withPassword(ownPassword),
                        Duration.ofNanos(System.nanoTime() - begin));
                ready.awaitOnClose(removeOldImagesLater(key));
                return ready;
            } catch (SQLException e) {
                installed.close();
                throw new SandboxException("Cannot prepare the sandbox's image: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                installed.close();
                throw e;
            }
        }

        /**
         * Whether the setup changed a setting only a server start applies ({@code ALTER SYSTEM SET
         * max_connections}): the embedded engine always starts a drill from its stopped copy, so
         * the drill has it; going on in the installing container would not.
         */
        private static boolean pendingRestart(Statement s) throws SQLException {
            // pg_file_settings reads the files now (pg_settings.pending_restart would wait for a
            // reload); a file's value that ride's command line overrides is no pending change
            try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_file_settings f"
                    + " JOIN pg_settings p ON p.name = f.name WHERE f.error IS NOT NULL AND p.source <> 'command line'")) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }

        /** This first run starts from the image just committed, as every later run does. */
        private DockerSandbox startFromCommitted(String key, DockerSandbox installed) {
            installed.close();
            trace.step("setup changed a start-only setting: start from the image");
            PreparedImages.Prepared committed = super.find(key)
                    .orElseThrow(() -> new SandboxException("The prepared image of " + label + " vanished after its commit."));
            DockerSandbox fresh = startFrom(committed);
            fresh.awaitOnClose(removeOldImagesLater(key));
            return fresh;
        }

        /**
         * Removes the scenario's older prepared images, those of an older build of the base image
         * (empty clusters included), and evicts beyond the limit on a thread of
         * its own, which the sandbox's close waits for: deleting a 100 MB image took up to 1.5 s of
         * a cold start. Should the JVM die first, the next cold start of the scenario removes them.
         */
        private Thread removeOldImagesLater(String key) {
            Thread cleanup = new Thread(() -> {
                try {
                    images.removeStale(label, base.ref(), key);
                    // a rebuilt base (same tag, new id) leaves every image of the old one unreachable
                    images.removeOfOlderBase(base);
                    images.evict();
                } catch (RuntimeException e) {
                    // only housekeeping: the next cold start tries again
                }
            }, "ride-prepared-images-cleanup");
            cleanup.setDaemon(true);
            cleanup.start();
            return cleanup;
        }
    }
}
