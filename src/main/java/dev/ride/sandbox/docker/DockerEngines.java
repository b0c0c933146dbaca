package dev.ride.sandbox.docker;

import java.io.PrintStream;
import java.time.Duration;
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
     */
    public static DockerEngine docker(EngineOptions options) {
        return DockerEngine.connect(DockerSettings.fromEnvironment(options.image()));
    }

    /** {@code --engine auto}, notices on stderr. */
    public static SandboxEngine dockerOr(EngineOptions options, Supplier<SandboxEngine> fallback) {
        return dockerOr(DockerSettings.fromEnvironment(options.image()), fallback, System.err);
    }

    /**
     * Docker when a daemon answers within {@link #AUTO_ANSWER_WITHIN} and the image is local or can be
     * pulled; otherwise {@code fallback}, with one line on {@code notices} saying why.
     */
    static SandboxEngine dockerOr(DockerSettings settings, Supplier<SandboxEngine> fallback, PrintStream notices) {
        DockerEngine docker;
        try {
            docker = DockerEngine.connect(settings.withAnswerWithin(AUTO_ANSWER_WITHIN), notices);
        } catch (DockerUnavailableException e) {
            SandboxEngine other = fallback.get();
            notices.println("No Docker daemon answered at " + e.host() + " (" + e.reason() + "); using the "
                    + other.name() + " engine.");
            return other;
        }
        try {
            // now rather than at start: a machine with Docker but no registry still gets a sandbox
            docker.prepareImage();
            return docker;
        } catch (ImagePullException e) {
            SandboxEngine other = fallback.get();
            notices.println("The image " + e.image() + " could not be pulled (" + e.reason() + "); using the "
                    + other.name() + " engine.");
            return other;
        }
    }
}
