package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import dev.ride.sandbox.Passwords;
import dev.ride.sandbox.PreparedStorage;

/**
 * The embedded engine's warm-start storage: a prepared state is a stopped data directory in
 * {@link PreparedDataDirs}; a start from it runs a copy of it with a new random password.
 * {@link Empty} keeps initdb's output, {@link Installed} an empty cluster with a state installed.
 */
abstract class PreparedClusters implements PreparedStorage<PreparedDataDirs.Entry, EmbeddedSandbox> {

    final ClusterLauncher launcher;
    final PreparedDataDirs cache;
    final String label;

    private PreparedClusters(ClusterLauncher launcher, PreparedDataDirs cache, String label) {
        this.launcher = launcher;
        this.cache = cache;
        this.label = label;
    }

    @Override
    public Optional<PreparedDataDirs.Entry> find(String key) {
        return cache.find(key);
    }

    @Override
    public EmbeddedSandbox startFrom(PreparedDataDirs.Entry prepared) {
        return launcher.startFrom(label, prepared);
    }

    @Override
    public void discard(String key, PreparedDataDirs.Entry prepared) {
        cache.discard(key);
    }

    /**
     * Clusters straight from initdb. initdb runs once per binaries: its result is kept in the cache
     * before the server first writes to it (nothing is left to keep once it runs), and later empty
     * clusters are copies of it with a new password, so the first run of every other scenario
     * skips initdb too.
     */
    static final class Empty extends PreparedClusters {

        Empty(ClusterLauncher launcher, PreparedDataDirs cache, String label) {
            super(launcher, cache, label);
        }

        @Override
        public EmbeddedSandbox startEmpty(String key) {
            return launcher.launch(label, (dir, user) -> {
                String password = Passwords.random();
                launcher.initdb(dir, user, password);
                try {
                    cache.store(key, dir.data(), password);
                } catch (IOException e) {
                    // no cache this time (read-only or full disk): the next run runs initdb again
                }
                return password;
            }, false);
        }

        /** Kept in {@link #startEmpty} already. */
        @Override
        public EmbeddedSandbox keep(String key, EmbeddedSandbox installed) {
            return installed;
        }
    }

    /**
     * Clusters holding an installed state: the first run for a key installs it into an empty
     * cluster, stops that cleanly and keeps a copy of its data directory; every run then starts
     * from a copy of that (no initdb, no setup SQL).
     */
    static final class Installed extends PreparedClusters {

        private final Supplier<EmbeddedSandbox> emptyCluster;

        /** @param emptyCluster starts the empty cluster a first run installs into */
        Installed(ClusterLauncher launcher, PreparedDataDirs cache, String label, Supplier<EmbeddedSandbox> emptyCluster) {
            super(launcher, cache, label);
            this.emptyCluster = emptyCluster;
        }

        @Override
        public EmbeddedSandbox startEmpty(String key) {
            return emptyCluster.get();
        }

        /**
         * The first run's sandbox: a copy of the stopped cluster on the same fast file system,
         * while another thread copies it into the cache (on disk, slower); the installed cluster is
         * removed once both copies are done. Closing the sandbox waits for the cache copy, so a run
         * that follows finds it complete.
         */
        @Override
        public EmbeddedSandbox keep(String key, EmbeddedSandbox installed) {
            PreparedDataDirs.Entry own;
            try {
                installed.stopServer();
                own = new PreparedDataDirs.Entry(installed.dataDir(), installed.password());
            } catch (RuntimeException e) {
                installed.close();
                throw e;
            }
            CountDownLatch copied = new CountDownLatch(1);
            Thread keeper = new Thread(() -> {
                try {
                    cache.store(key, own.data(), own.password());
                } catch (IOException | RuntimeException e) {
                    // no cache this time (read-only or full disk): the next run prepares again
                } finally {
                    awaitQuietly(copied);
                    installed.close();
                }
            }, "ride-prepared-store");
            keeper.setDaemon(true);
            keeper.start();
            try {
                EmbeddedSandbox sandbox = launcher.startFrom(label, own);
                sandbox.awaitOnClose(keeper);
                return sandbox;
            } finally {
                copied.countDown();
            }
        }

        private static void awaitQuietly(CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
