package dev.ride.sandbox.docker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where Podman's Docker-compatible API listens ({@code podman system service}, or the
 * {@code podman.socket} unit): {@code CONTAINER_HOST} alone when set (Podman's own variable),
 * else this user's rootless socket under {@code XDG_RUNTIME_DIR}, then the rootful one. ride speaks Docker's
 * API to it, so the Podman engine is the Docker engine on another socket.
 */
public final class PodmanSockets {

    static final String ROOTFUL = "/run/podman/podman.sock";

    private PodmanSockets() {
    }

    /** Every place a Podman socket may be, most specific first, as paths. */
    public static List<Path> candidates() {
        List<Path> sockets = new ArrayList<>();
        String containerHost = System.getenv("CONTAINER_HOST");
        if (containerHost != null && containerHost.startsWith("unix://")) {
            // Podman's own way of saying which service to use: that one only
            return List.of(Path.of(containerHost.substring("unix://".length())));
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            sockets.add(Path.of(runtime, "podman", "podman.sock"));
        }
        sockets.add(Path.of(ROOTFUL));
        return sockets;
    }

    /** The sockets that exist now, as Docker host URIs ({@code unix:///run/podman/podman.sock}). */
    public static List<String> present() {
        return candidates().stream().filter(Files::exists).map(p -> "unix://" + p).toList();
    }

    /** The one sentence for a machine where no Podman socket answers. */
    static String noneAnswers(String why) {
        return "No Podman socket answers (" + why + "): start one with `systemctl --user start podman.socket`"
                + " (rootless) or `systemctl start podman.socket` (rootful), or `podman system service --time=0 &`;"
                + " or use --engine embedded.";
    }
}
