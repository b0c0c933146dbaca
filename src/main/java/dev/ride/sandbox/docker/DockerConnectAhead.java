package dev.ride.sandbox.docker;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The daemon of a {@code ride postgres start} that may run on Docker, connected on a thread of its
 * own from the JVM's first moment, while picocli builds and parses the command line (about 0.1 s
 * on a quiet machine, during which the start had nothing to do with the daemon). The engine choice
 * then takes that connection ({@link #take}) when its settings are the ones guessed here from the
 * raw arguments, and connects itself otherwise; a connection nobody takes is dropped with the
 * JVM (no container, no network: only requests that read).
 */
public final class DockerConnectAhead {

    private record Pending(DockerSettings settings, PrintStream console, CompletableFuture<DockerEngine> engine) {
    }

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private DockerConnectAhead() {
    }

    /** Begins connecting when {@code args} (a {@code postgres start}'s, after those two words) say docker or auto. */
    public static void beginFor(List<String> args) {
        settingsFor(args).ifPresent(settings -> begin(settings, System.err));
    }

    /**
     * The settings {@link DockerEngines} would connect with for these options: {@code --engine
     * docker}'s, or auto's (a short ping) with no {@code --engine} and no {@code --jdbc-url};
     * empty for any other engine, or an option spelled in a way this does not read.
     */
    static Optional<DockerSettings> settingsFor(List<String> args) {
        String engine = "auto";
        String image = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            if (arg.equals("--")) {
                break;
            } else if (arg.equals("--engine") && next != null) {
                engine = next;
                i++;
            } else if (arg.startsWith("--engine=")) {
                engine = arg.substring("--engine=".length());
            } else if (arg.equals("--image") && next != null) {
                image = next;
                i++;
            } else if (arg.startsWith("--image=")) {
                image = arg.substring("--image=".length());
            } else if (arg.startsWith("--jdbc-url")) {
                return Optional.empty();
            }
        }
        DockerSettings settings = DockerSettings.fromEnvironment(Optional.ofNullable(image));
        return switch (engine) {
            case "docker" -> Optional.of(settings);
            case "auto" -> Optional.of(settings.withAnswerWithin(DockerEngines.AUTO_ANSWER_WITHIN));
            default -> Optional.empty();
        };
    }

    static void begin(DockerSettings settings, PrintStream console) {
        Pending pending = new Pending(settings, console, new CompletableFuture<>());
        // the latest wins: one begun for a command that ended before its engine was chosen is dropped
        PENDING.set(pending);
        Thread t = new Thread(() -> {
            try {
                pending.engine().complete(DockerEngine.connectNow(settings, console));
            } catch (Throwable e) {
                pending.engine().completeExceptionally(e);
            }
        }, "ride-docker-connect-ahead");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The connection begun with exactly these settings and console, once: its engine, or the
     * exception its connect threw ({@link DockerUnavailableException}), as a connect now would.
     */
    static Optional<DockerEngine> take(DockerSettings settings, PrintStream console) {
        Pending pending = PENDING.get();
        if (pending == null || !pending.settings().equals(settings) || pending.console() != console
                || !PENDING.compareAndSet(pending, null)) {
            return Optional.empty();
        }
        try {
            return Optional.of(pending.engine().join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
