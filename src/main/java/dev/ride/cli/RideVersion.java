package dev.ride.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * What {@code ride --version} prints: ride's version, the git commit it was built from and the
 * PostgreSQL the embedded engine bundles. All three come from {@code build.properties}, which Maven
 * fills in when it builds the jar, so a bundle answers without a checkout or a network.
 */
final class RideVersion implements IVersionProvider {

    private static final String UNKNOWN = "unknown";

    @Override
    public String[] getVersion() {
        Properties build = read();
        String commit = value(build, "commit");
        if ("true".equals(value(build, "dirty"))) {
            commit += " (with uncommitted changes)";
        }
        return new String[] {
                "ride " + value(build, "version"),
                "commit " + commit,
                "PostgreSQL " + majorMinor(value(build, "postgres")) + " (bundled for the embedded engine)",
                "Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")"};
    }

    /** ride's version alone (the bundle's file names use it too). */
    static String version() {
        return value(read(), "version");
    }

    /** When the commit was made (an ISO instant), or "unknown": no clock showing an earlier time can be right. */
    static String committedAt() {
        return value(read(), "committed");
    }

    private static Properties read() {
        Properties build = new Properties();
        try (InputStream in = RideVersion.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // a jar without the file still prints a version line: "unknown"
        }
        return build;
    }

    /** A value Maven did not fill in (a build outside git, an IDE's copy of the resources) is unknown. */
    private static String value(Properties build, String key) {
        String v = build.getProperty(key, "").trim();
        return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
    }

    /** zonky's binaries are versioned 16.11.0 for PostgreSQL 16.11. */
    static String majorMinor(String binaries) {
        String[] parts = binaries.split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : binaries;
    }
}
