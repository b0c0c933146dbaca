package dev.ride.sandbox.docker;

import dev.ride.sandbox.SandboxException;

/** No Docker daemon answered. {@link #getMessage()} is the sentence for {@code --engine docker}. */
public final class DockerUnavailableException extends SandboxException {

    private final String host;
    private final String reason;

    public DockerUnavailableException(String host, String reason, Throwable cause) {
        super("No Docker daemon answered at " + host + " (" + reason + "): start Docker (or point DOCKER_HOST at a"
                + " running daemon), or use --engine embedded.", cause);
        this.host = host;
        this.reason = reason;
    }

    /** No Podman socket answered: {@code message} is the whole sentence (see {@link PodmanSockets}). */
    DockerUnavailableException(String host, String reason, String message) {
        super(message);
        this.host = host;
        this.reason = reason;
    }

    /** Where ride looked, e.g. {@code unix:///var/run/docker.sock}. */
    public String host() {
        return host;
    }

    /** Why it did not answer, in a few words, e.g. {@code connection refused}. */
    public String reason() {
        return reason;
    }
}
