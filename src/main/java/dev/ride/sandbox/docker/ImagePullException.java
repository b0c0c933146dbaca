package dev.ride.sandbox.docker;

import dev.ride.sandbox.SandboxException;

/** The image is not local and could not be pulled. {@link #getMessage()} says what to do instead. */
public final class ImagePullException extends SandboxException {

    private final String image;
    private final String reason;

    public ImagePullException(String image, String reason, Throwable cause) {
        super("The image " + image + " could not be pulled (" + reason + "): use --engine embedded, or --image"
                + " with an image that is already local.", cause);
        this.image = image;
        this.reason = reason;
    }

    public String image() {
        return image;
    }

    /** Why, in the daemon's words, e.g. {@code ... no such host}. */
    public String reason() {
        return reason;
    }
}
