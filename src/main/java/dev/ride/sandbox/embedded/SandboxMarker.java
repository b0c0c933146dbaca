package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import dev.ride.sandbox.OwnerProcess;

/**
 * What a sandbox directory records about who made it, so a later run can tell a live sandbox from
 * the leftover of a killed one and {@code ride sandbox ls} can describe it.
 *
 * @param ownerPid     pid of the JVM that started the server
 * @param ownerStarted that JVM's start time: a pid alone may have been reused since
 * @param label        the label given to {@link SandboxEngine#start(String)} (the scenario id)
 * @param port         the server's TCP port on 127.0.0.1
 * @param created      when the sandbox was created
 */
public record SandboxMarker(long ownerPid, Optional<Instant> ownerStarted, String label, int port, Instant created) {

    static final String FILE = "ride-sandbox.properties";

    /** A marker for this JVM. */
    static SandboxMarker forThisProcess(String label, int port) {
        ProcessHandle self = ProcessHandle.current();
        return new SandboxMarker(self.pid(), self.info().startInstant(), label, port, Instant.now());
    }

    SandboxMarker withPort(int newPort) {
        return new SandboxMarker(ownerPid, ownerStarted, label, newPort, created);
    }

    /** True while the JVM that made this sandbox runs (the same process, not a reused pid). */
    public boolean ownerAlive() {
        return new OwnerProcess(ownerPid, ownerStarted).alive();
    }

    /**
     * Written to a temp file and renamed, so readers never see half a marker. Written by hand in
     * the properties format: {@link Properties#store} adds a date whose formatting was measured at
     * 0.5 s in a cold JVM, on the start-up path.
     */
    void write(Path dir) throws IOException {
        StringBuilder text = new StringBuilder("# ride sandbox: removed by the next ride run once owner.pid is gone\n");
        line(text, "owner.pid", Long.toString(ownerPid));
        ownerStarted.ifPresent(i -> line(text, "owner.started", Long.toString(i.toEpochMilli())));
        line(text, "label", label);
        line(text, "port", Integer.toString(port));
        line(text, "created", Long.toString(created.toEpochMilli()));
        Path temp = dir.resolve(FILE + ".tmp");
        Files.writeString(temp, text);
        Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** key=value with the escapes {@link Properties#load(Reader)} undoes. */
    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\f' -> text.append("\\f");
                case ' ' -> text.append(i == 0 ? "\\ " : " ");
                default -> text.append(c);
            }
        }
        text.append('\n');
    }

    static Optional<SandboxMarker> read(Path dir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(FILE))) {
            p.load(r);
            return Optional.of(new SandboxMarker(
                    Long.parseLong(p.getProperty("owner.pid")),
                    Optional.ofNullable(p.getProperty("owner.started")).map(Long::parseLong).map(Instant::ofEpochMilli),
                    p.getProperty("label", ""),
                    Integer.parseInt(p.getProperty("port", "0")),
                    Instant.ofEpochMilli(Long.parseLong(p.getProperty("created")))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
