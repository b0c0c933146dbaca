package dev.ride.sandbox.docker;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import dev.ride.sandbox.EngineOptions;
import dev.ride.sandbox.SandboxEngine;

/** How {@code --engine docker} and {@code --engine auto} come to a Docker engine (see {@code Engines}). */
public final class DockerEngines {

    /** "auto" must not make a learner wait for a daemon that is not there. */
    static final Duration AUTO_ANSWER_WITHIN = Duration.ofSeconds(1);

    private DockerEngines() {
    }

    /**
     * {@code --engine docker}.
     *
     * @throws DockerUnavailableException with the sentence to show when no daemon answers
     * @throws ImageNotLocalException     with the sentence to show when the daemon does not have the image
     */
    public static DockerEngine docker(EngineOptions options) {
        DockerEngine docker = DockerEngine.connect(DockerSettings.fromEnvironment(options.image()));
        // now, before a scenario is loaded or anything printed: the learner reads one sentence
        docker.requireLocalImage();
        return docker;
    }

    /**
     * {@code --engine podman}: the Docker engine on the first Podman socket that answers
     * ({@link PodmanSockets}).
     *
     * @throws DockerUnavailableException with the sentence to show when no Podman socket answers
     * @throws ImageNotLocalException     with the sentence to show when Podman does not have the image
     */
    public static DockerEngine podman(EngineOptions options) {
        DockerSettings settings = DockerSettings.fromEnvironment(options.image());
        List<String> sockets = PodmanSockets.present();
        if (sockets.isEmpty()) {
            String looked = PodmanSockets.candidates().stream().map(Object::toString).collect(Collectors.joining(", "));
            throw new DockerUnavailableException(looked, "no socket there", PodmanSockets.noneAnswers("looked at " + looked));
        }
        DockerUnavailableException last = null;
        for (String host : sockets) {
            try {
                DockerEngine podman = DockerEngine.connect(settings.onPodman(host));
                podman.requireLocalImage();
                return podman;
            } catch (DockerUnavailableException e) {
                last = e;
            }
        }
        throw new DockerUnavailableException(last.host(), last.reason(),
                PodmanSockets.noneAnswers(last.host() + ": " + last.reason()));
    }

    /** {@code --engine auto}, notices on stderr. */
    public static SandboxEngine dockerOr(EngineOptions options, Supplier<SandboxEngine> fallback) {
        return dockerOr(DockerSettings.fromEnvironment(options.image()), fallback, System.err);
    }

    /**
     * Docker when a daemon answers within {@link #AUTO_ANSWER_WITHIN} and has the image; otherwise
     * {@code fallback}, with one line on {@code notices} saying why.
     */
    static SandboxEngine dockerOr(DockerSettings settings, Supplier<SandboxEngine> fallback, PrintStream notices) {
        DockerEngine docker;
        try {
            docker = DockerEngine.connect(settings.withAnswerWithin(AUTO_ANSWER_WITHIN), notices);
        } catch (DockerUnavailableException e) {
            Optional<DockerEngine> podman = podmanAnswering(settings, notices);
            if (podman.isPresent()) { // Fedora and RHEL: no Docker, Podman's socket speaks its API
                return dockerWithLocalImageOr(podman.get(), fallback, notices);
            }
            SandboxEngine other = fallback.get();
            notices.println("No Docker daemon answered at " + e.host() + " (" + e.reason() + ")"
                    + (PodmanSockets.present().isEmpty() ? "" : ", nor Podman") + "; using the " + other.name() + " engine.");
            return other;
        }
        return dockerWithLocalImageOr(docker, fallback, notices);
    }

    /** The first Podman socket that answers within {@link #AUTO_ANSWER_WITHIN}, if any. */
    private static Optional<DockerEngine> podmanAnswering(DockerSettings settings, PrintStream notices) {
        for (String host : PodmanSockets.present()) {
            try {
                return Optional.of(DockerEngine.connect(settings.onPodman(host).withAnswerWithin(AUTO_ANSWER_WITHIN),
                        notices));
            } catch (DockerUnavailableException e) {
                // the next socket, or the fallback
            }
        }
        return Optional.empty();
    }

    /**
     * {@code docker} when its daemon has the image, otherwise {@code fallback} with one line saying
     * why. No pull is tried: it would need a registry, and show its progress and a DNS error where
     * there is none, before the same fallback.
     */
    static SandboxEngine dockerWithLocalImageOr(DockerEngine docker, Supplier<SandboxEngine> fallback,
                                                PrintStream notices) {
        if (docker.hasLocalImage()) {
            return docker;
        }
        SandboxEngine other = fallback.get();
        notices.println("The " + (docker.name().equals("podman") ? "Podman" : "Docker") + " image " + docker.image() + " is not local (ride does not pull images); using the "
                + other.name() + " engine.");
        return other;
    }
}
