package dev.ride.sandbox.docker;

/**
 * An image reference split the way the Docker API's pull wants it: {@code fromImage} and {@code tag}
 * (a tag or a digest). A registry host may carry a port ({@code localhost:5000/pg}), so the tag is
 * only what follows a colon after the last slash.
 *
 * @param repository e.g. {@code postgres}, {@code localhost:5000/team/pg}
 * @param tag        e.g. {@code 16}, {@code latest} when none is given, or {@code sha256:...}
 */
public record ImageRef(String repository, String tag) {

    public static ImageRef parse(String image) {
        String ref = image.trim();
        if (ref.isEmpty()) {
            throw new IllegalArgumentException("empty image reference");
        }
        int at = ref.indexOf('@');
        if (at >= 0) {
            return new ImageRef(ref.substring(0, at), ref.substring(at + 1));
        }
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            return new ImageRef(ref.substring(0, colon), ref.substring(colon + 1));
        }
        return new ImageRef(ref, "latest");
    }

    @Override
    public String toString() {
        return repository + (tag.contains(":") ? "@" : ":") + tag;
    }
}
