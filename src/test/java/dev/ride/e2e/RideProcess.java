package dev.ride.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real entry point — the packaged jar, as scripts/ride does — with a stdin transcript,
 * and captures what a grader would see.
 */
public final class RideProcess {

    /** What one run printed and returned. */
    /** @param pid the ride JVM's pid: its sandbox directories and containers are named after it */
    public record Result(int exitCode, String stdout, String stderr, long pid) {
        /** The last line of stdout that looks like a JSON object (the :submit --json card). */
        public String lastJsonLine() {
            String[] lines = stdout.split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                if (lines[i].startsWith("{")) {
                    return lines[i];
                }
            }
            throw new AssertionError("no JSON line in stdout:\n" + stdout + "\nstderr:\n" + stderr);
        }
    }

    private RideProcess() {
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("user.dir"));
    }

    /**
     * A shell command line that runs the packaged jar with {@code arguments} (appended as given),
     * for a test's own terminal (tmux): the JVM flags keep its start quick.
     */
    public static String commandLine(String arguments) {
        return "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dride.home=" + projectDir() + " -jar " + jar() + " "
                + arguments;
    }

    public static Path jar() {
        Path jar = projectDir().resolve("target/ride.jar");
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("target/ride.jar is missing: end-to-end tests run after `package` (mvn verify)");
        }
        return jar;
    }

    private static Path scratch;

    /** One scratch home per test JVM, for the XDG dirs of the processes it runs. */
    public static synchronized Path scratchHome() throws IOException {
        if (scratch == null) {
            scratch = Files.createTempDirectory("ride-test-home");
        }
        return scratch;
    }

    /** The JVM's threads, as jcmd prints them, or why not. */
    private static String threadDump(long pid) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
            String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return text;
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump: interrupted)";
        }
    }

    public static Result run(String stdin, String... args) throws IOException, InterruptedException {
        return run(stdin, List.of(), args);
    }

    /** @param env extra environment entries, "NAME=value" */
    public static Result run(String stdin, List<String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dride.home=" + projectDir(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        // Keep the learner's own history and progress files out of tests.
        pb.environment().put("XDG_DATA_HOME", scratchHome().resolve("data").toString());
        pb.environment().put("XDG_STATE_HOME", scratchHome().resolve("state").toString());
        for (String e : env) {
            int eq = e.indexOf('=');
            pb.environment().put(e.substring(0, eq), e.substring(eq + 1));
        }
        Path out = Files.createTempFile("ride-out", ".txt");
        Path err = Files.createTempFile("ride-err", ".txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            // Slow or stuck? The threads at 120 s say which, in the report either way; a loaded CI
            // machine gets more time before the run counts as hung.
            String threads = threadDump(p.pid());
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("ride did not finish in 300 s; stderr:\n" + Files.readString(err)
                        + "\nits threads at 120 s:\n" + threads);
            }
            System.err.println("ride " + String.join(" ", args) + " took over 120 s; its threads at 120 s:\n" + threads);
        }
        try {
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err), p.pid());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
