package dev.ride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ride.sandbox.Tree;
import dev.ride.sandbox.docker.DockerDaemon;
import dev.ride.sandbox.docker.DockerUnavailableException;
import dev.ride.sandbox.docker.PreparedImageListing;
import dev.ride.sandbox.embedded.EmbeddedEngine;
import dev.ride.sandbox.embedded.PreparedDataDirListing;
import dev.ride.scenario.PreparedScenario;
import dev.ride.scenario.Scenario;
import dev.ride.scenario.ScenarioCatalog;
import dev.ride.scenario.ScenarioException;

/**
 * Everything in ride's caches, with the scenario each entry serves: prepared data directories are
 * named by a hash, so the catalog's scenarios are hashed the same way ({@link EmbeddedEngine#cacheKey})
 * to name them; one that matches no scenario is stale (an older version of a scenario or of the
 * binaries) and the first thing worth removing.
 */
final class CacheInventory {

    /** How long `ride cache ls` waits for a Docker daemon before it lists without images. */
    private static final Duration DOCKER_WITHIN = Duration.ofSeconds(1);
    static final String EMPTY_CLUSTER = "(empty cluster)";
    static final String STALE = "(stale)";

    private CacheInventory() {
    }

    /** The cache directory's entries (data dirs and binaries) named after their scenarios; never talks to Docker. */
    static List<CacheEntry> inCacheDirectory(Path cacheDir) {
        return inCacheDirectory(cacheDir, scenarioKeys(), binariesInUse());
    }

    /**
     * The same without naming anything, for the size limit after a drill: no catalog scan, and no
     * binaries resolved (a Docker user's run would extract them); binaries are then never evicted.
     */
    static List<CacheEntry> forEviction(Path cacheDir) {
        return inCacheDirectory(cacheDir, Map.of(), null).stream()
                .map(e -> e.kind() == CacheEntry.Kind.BINARIES
                        ? new CacheEntry(e.kind(), e.scenario(), e.where(), e.bytes(), e.lastUsed(), false, e.removal())
                        : e)
                .toList();
    }

    private static List<CacheEntry> inCacheDirectory(Path cacheDir, Map<String, String> scenarioOfKey, Path inUse) {
        List<CacheEntry> entries = new ArrayList<>();
        for (PreparedDataDirListing.Entry e : PreparedDataDirListing.prepared(cacheDir)) {
            entries.add(new CacheEntry(CacheEntry.Kind.DATA_DIR, scenarioOfKey.getOrDefault(e.key(), STALE),
                    e.dir().toString(), e.bytes(), e.lastUsed(), true, () -> Tree.delete(e.dir())));
        }
        for (PreparedDataDirListing.Entry e : PreparedDataDirListing.binaries(cacheDir)) {
            boolean used = e.dir().equals(inUse);
            entries.add(new CacheEntry(CacheEntry.Kind.BINARIES, used ? "(in use)" : STALE, e.dir().toString(),
                    e.bytes(), e.lastUsed(), !used, () -> Tree.delete(e.dir())));
        }
        return entries;
    }

    /** Docker's prepared images, when a daemon answers; a note on {@code notes} when it does not. */
    static List<CacheEntry> images(PrintWriter notes) {
        DockerDaemon daemon;
        try {
            daemon = DockerDaemon.connect(Optional.empty(), DOCKER_WITHIN);
        } catch (DockerUnavailableException e) {
            notes.println("(No Docker daemon answers at " + e.host() + ": prepared images, if any, are not listed.)");
            return List.of();
        }
        List<CacheEntry> entries = new ArrayList<>();
        for (PreparedImageListing.Entry e : PreparedImageListing.list(daemon.client())) {
            String scenario = e.emptyCluster() ? EMPTY_CLUSTER : e.scenario();
            entries.add(new CacheEntry(CacheEntry.Kind.IMAGE, scenario, e.tag(), e.bytes(), e.created(), true,
                    // not forced: an image a sandbox still runs from stays, and Docker says so
                    () -> daemon.client().removeImageCmd(e.id()).exec()));
        }
        return entries;
    }

    /** The embedded cache key of each scenario of the catalog (and of the empty cluster) → its id. */
    private static Map<String, String> scenarioKeys() {
        Map<String, String> keys = new HashMap<>();
        EmbeddedEngine engine;
        try {
            engine = new EmbeddedEngine();
        } catch (RuntimeException e) {
            return keys; // no binaries here: every data dir shows as stale, which it is for this ride
        }
        keys.put(PreparedDataDirListing.emptyClusterKey(engine), EMPTY_CLUSTER);
        try {
            for (Scenario s : ScenarioCatalog.scan(ScenarioHome.locate()).scenarios()) {
                keys.put(engine.cacheKey(PreparedScenario.of(s).key()), s.id());
            }
        } catch (ScenarioException e) {
            // no catalog here: the data dirs show as stale, and can still be removed
        }
        return keys;
    }

    private static Path binariesInUse() {
        try {
            return PreparedDataDirListing.binariesInUse();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
