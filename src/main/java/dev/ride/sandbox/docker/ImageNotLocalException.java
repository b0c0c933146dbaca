package dev.ride.sandbox.docker;

import dev.ride.sandbox.SandboxException;

/**
 * The Docker daemon does not have the image. ride never pulls one: a pull needs a registry, which
 * many learners' machines cannot reach, and it would fill the start of a drill with its progress.
 * {@link #getMessage()} says how to get an image instead.
 */
public final class ImageNotLocalException extends SandboxException {

    private final String image;

    public ImageNotLocalException(String image) {
        this(image, "docker");
    }

    /** @param runtime "docker" or "podman": whose image store was asked */
    public ImageNotLocalException(String image, String runtime) {
        super("The image " + image + " is not " + (runtime.equals("podman") ? "in Podman's image store" : "on this Docker daemon") + ", and ride does not pull images: build ride's"
                + " offline image with scripts/build-offline-image.sh and pass --image ride/postgres:15-offline"
                + " (or set RIDE_IMAGE), pull " + image + " yourself, or use --engine embedded.");
        this.image = image;
    }

    public String image() {
        return image;
    }
}
