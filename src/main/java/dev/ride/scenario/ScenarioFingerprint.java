package dev.ride.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The key of a scenario's installed state: the same key means {@link ScenarioInstaller#install}
 * builds the same databases, so a copy made earlier (a template on a server, a prepared data
 * directory or image) can stand in for running the setup again.
 */
public final class ScenarioFingerprint {

    /** Changes whenever what {@link ScenarioInstaller#install} builds from the same files changes. */
    private static final String INSTALL_VERSION = "ride-install-4";

    private ScenarioFingerprint() {
    }

    /** The fingerprint of a loaded scenario: that of its folder. */
    public static String of(Scenario scenario) {
        return of(scenario.folder());
    }

    /**
     * A hash of everything an install can build from, read straight from the scenario's folder:
     * the manifest (database names, which setup files) and every other file in it except the
     * solution transcripts. Setup files must lie inside the folder (the manifest check refuses
     * others), so no change that matters is missed; a change to a hint only costs one cold start.
     * It needs no YAML parsing, so a warm start can begin before the manifest is parsed.
     */
    public static String of(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk
                    .filter(Files::isRegularFile)
                    .filter(f -> !folder.relativize(f).startsWith(ScenarioFiles.SOLUTIONS_FOLDER))
                    .sorted()
                    .toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, INSTALL_VERSION);
            for (Path file : files) {
                // '/' on every system, so a cache made on one machine means the same on another
                update(sha, folder.relativize(file).toString().replace('\\', '/'));
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | UncheckedIOException e) {
            throw new ScenarioException(folder.resolve(ScenarioFiles.MANIFEST), 0,
                    "cannot read the scenario's files: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
