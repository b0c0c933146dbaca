package dev.ride.sandbox.docker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;

/**
 * The Docker engine's warm-start cache: one image per (base image id, prepared-state key), made by
 * {@code docker commit} of a container whose cluster (at {@link ContainerSpec#PREPARED_PGDATA}),
 * just checkpointed, holds the installed scenario; and per base image one {@link #EMPTY_CLUSTER}
 * image (initdb done), which the first run of any other scenario starts from. Such an image is labelled
 * {@code dev.ride=prepared} and tagged {@code ride-prepared/<scenario>:<key>}; the commit tags it
 * only once it is complete, so a run killed while preparing never leaves a half-made image that a
 * later run would use. The superuser password of the prepared cluster is in a label: every run
 * replaces it with its own right after the first login.
 * <p>
 * At most {@link #MAX_IMAGES} are kept. Remove them all with
 * {@code docker image rm $(docker images -q --filter label=dev.ride=prepared)}.
 */
final class PreparedImages {

    /** The value of {@link RideLabels#RIDE} on a prepared image (containers have "1"). */
    static final String PREPARED = "prepared";
    static final String KEY = "dev.ride.prepared.key";
    static final String FINGERPRINT = "dev.ride.prepared.fingerprint";
    static final String PASSWORD = "dev.ride.prepared.password";
    /** The base image as the user named it (e.g. {@code postgres:16}) and its id when prepared. */
    static final String BASE_REF = "dev.ride.prepared.base";
    static final String BASE_ID = "dev.ride.prepared.base-id";
    static final String REPOSITORY_PREFIX = "ride-prepared/";
    /** As many as the embedded engine keeps prepared data directories. */
    static final int MAX_IMAGES = 16;
    /** The label and state of the image holding just an initialised cluster: initdb runs once per base image. */
    static final String EMPTY_CLUSTER = "empty-cluster";
    /** Part of every key: bump it when what a prepared image holds or how it is started changes. */
    private static final String FORMAT = "docker-prepared-1";

    /**
     * A prepared image found or made.
     *
     * @param image    its tag (for messages)
     * @param id       the image id, which containers are created from: the tag may move to the image
     *                 of a concurrent run, whose password is another
     * @param password the prepared cluster's superuser password
     */
    record Prepared(String image, String id, String password) {
    }

    /** The image a sandbox is based on, as inspected once per start. */
    record Base(String ref, String id, String pgdata) {
    }

    private final DockerClient client;

    PreparedImages(DockerClient client) {
        this.client = client;
    }

    /** The cache key: the base image's id (a new pull of the same tag is another PostgreSQL) and the state's key. */
    static String key(Base base, String stateKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(FORMAT, base.id(), stateKey)) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** e.g. {@code ride-prepared/stage-09-08-migration-applied:0123abcd...}: readable in {@code docker images}. */
    static String tag(String label, String key) {
        String clean = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (clean.length() > 60) {
            clean = clean.substring(0, 60).replaceAll("-+$", "");
        }
        return REPOSITORY_PREFIX + (clean.isEmpty() ? "scenario" : clean) + ":" + key;
    }

    /** The complete prepared image for this key, if one was made. */
    Optional<Prepared> find(String label, String key) {
        String tag = tag(label, key);
        InspectImageResponse image;
        try {
            image = client.inspectImageCmd(tag).exec();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        Map<String, String> labels = image.getConfig() == null || image.getConfig().getLabels() == null
                ? Map.of() : image.getConfig().getLabels();
        String password = labels.getOrDefault(PASSWORD, "");
        if (!PREPARED.equals(labels.get(RideLabels.RIDE)) || !key.equals(labels.get(KEY)) || password.isEmpty()) {
            return Optional.empty(); // a tag ride did not make: leave it alone, make none over it
        }
        return Optional.of(new Prepared(tag, image.getId(), password));
    }

    /**
     * Commits the container {@code containerId} (its cluster just checkpointed) as the prepared
     * image of {@code key}, pausing it while its files are copied so that no write lands halfway.
     * The container's labels would be carried into the image, so the ownership labels are blanked:
     * a container created from it sets its own.
     */
    Prepared commit(String containerId, String label, String key, Base base, String fingerprint, String password) {
        String tag = tag(label, key);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(RideLabels.RIDE, PREPARED);
        labels.put(RideLabels.SCENARIO, label);
        labels.put(RideLabels.SESSION, "");
        labels.put(RideLabels.OWNER_PID, "");
        labels.put(RideLabels.OWNER_HOST, "");
        labels.put(RideLabels.OWNER_STARTED, "");
        labels.put(KEY, key);
        labels.put(FINGERPRINT, fingerprint);
        labels.put(PASSWORD, password);
        labels.put(BASE_REF, base.ref());
        labels.put(BASE_ID, base.id());
        String id;
        try {
            id = commitPaused(containerId, tag, key, labels, label, base);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("pausing container")) {
                // Podman on cgroup v1 (runc pause) failed this now and then on a loaded machine
                // ("runc pause ... exit status 1") and the same pause worked a moment later
                id = commitPaused(containerId, tag, key, labels, label, base);
            } else {
                throw e;
            }
        }
        return new Prepared(tag, id, password);
    }

    private String commitPaused(String containerId, String tag, String key, Map<String, String> labels, String label,
                                Base base) {
        return client.commitCmd(containerId)
                .withRepository(tag.substring(0, tag.lastIndexOf(':')))
                .withTag(key)
                .withLabels(labels)
                // the prepared password stays out of the image's environment (it is in a label)
                .withEnv("POSTGRES_PASSWORD=")
                .withMessage("ride: " + label + " prepared on " + base.ref())
                .withPause(true)
                .exec();
    }

    /**
     * Removes the prepared images of this scenario on this base image reference made for another
     * key: older fingerprints of the scenario, an older pull of the base. An image a running sandbox
     * still uses stays until a later run removes it. The duplicate of the same key that a concurrent
     * run may have made is left alone (that run may be starting from it); it goes with the next key.
     *
     * @return the ids removed
     */
    List<String> removeStale(String label, String baseRef, String key) {
        List<String> removed = new ArrayList<>();
        for (Image image : ofScenario(label)) {
            Map<String, String> labels = image.getLabels();
            if (key.equals(labels.get(KEY)) || !baseRef.equals(labels.get(BASE_REF))) {
                continue;
            }
            if (EMPTY_CLUSTER.equals(label)) {
                // an empty cluster of another key on the same base was made under an older
                // FORMAT, as were the scenario images made from it: no key finds them again, and
                // the daemon keeps a parent while a child exists
                removed.addAll(removeChildren(image.getId()));
            }
            if (remove(image.getId())) {
                removed.add(image.getId());
            }
        }
        return removed;
    }

    /** Removes the prepared images made from {@code parentId} (those not in use); returns their ids. */
    private List<String> removeChildren(String parentId) {
        List<String> removed = new ArrayList<>();
        for (Image child : client.listImagesCmd().withShowAll(false)
                .withLabelFilter(Map.of(RideLabels.RIDE, PREPARED)).exec()) {
            if (parentId.equals(child.getParentId()) && remove(child.getId())) {
                removed.add(child.getId());
            }
        }
        return removed;
    }

    /**
     * Removes the prepared images made from an earlier build or pull of {@code base}'s reference
     * (its {@link #BASE_ID} label differs from the id the reference has now): no key of the current
     * base can find them again. A scenario's image is a child of the empty cluster it was made from,
     * and the daemon refuses to remove a parent while a child exists, so the scenarios' images go
     * first and the empty clusters after them. Images a sandbox still uses stay, and so does their
     * empty cluster, until a later run.
     *
     * @return the ids removed
     */
    List<String> removeOfOlderBase(Base base) {
        List<Image> older = new ArrayList<>(client.listImagesCmd().withShowAll(false)
                .withLabelFilter(Map.of(RideLabels.RIDE, PREPARED, BASE_REF, base.ref())).exec().stream()
                .filter(i -> i.getLabels() != null && !base.id().equals(i.getLabels().get(BASE_ID))).toList());
        older.sort(Comparator.comparing((Image i) -> EMPTY_CLUSTER.equals(i.getLabels().get(RideLabels.SCENARIO))));
        List<String> removed = new ArrayList<>();
        for (Image image : older) {
            if (remove(image.getId())) {
                removed.add(image.getId());
            }
        }
        return removed;
    }

    /**
     * Keeps at most {@link #MAX_IMAGES} prepared images of any scenario (each holds its clusters,
     * about 90 MB for the seed): the most recently made stay, images in use stay.
     *
     * @return the ids removed
     */
    List<String> evict() {
        List<Image> all = new ArrayList<>(client.listImagesCmd().withShowAll(false)
                .withLabelFilter(Map.of(RideLabels.RIDE, PREPARED)).exec());
        all.sort(Comparator.comparing((Image i) -> i.getCreated() == null ? 0L : i.getCreated()).reversed());
        List<String> removed = new ArrayList<>();
        // the empty clusters are not counted: one per base image, and every first run needs one
        all.removeIf(i -> i.getLabels() != null && EMPTY_CLUSTER.equals(i.getLabels().get(RideLabels.SCENARIO)));
        for (Image image : all.subList(Math.min(MAX_IMAGES, all.size()), all.size())) {
            if (remove(image.getId())) {
                removed.add(image.getId());
            }
        }
        return removed;
    }

    /** Every prepared image of {@code label}, tagged or dangling. */
    List<Image> ofScenario(String label) {
        return client.listImagesCmd().withShowAll(false)
                .withLabelFilter(Map.of(RideLabels.RIDE, PREPARED, RideLabels.SCENARIO, label))
                .exec().stream().filter(i -> i.getLabels() != null).toList();
    }

    /** @return false when it is gone already or a container still uses it */
    boolean remove(String imageId) {
        try {
            // not forced: an image a sandbox's container still uses is left whole (and tagged)
            client.removeImageCmd(imageId).exec();
            return true;
        } catch (NotFoundException | ConflictException e) {
            return false;
        }
    }
}
