package dev.ride.sandbox.docker;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Image;

/**
 * A read-only look at the Docker engine's prepared images ({@link PreparedImages}), for
 * {@code ride cache ls}: every image labelled {@code dev.ride=prepared}.
 */
public final class PreparedImageListing {

    /**
     * One prepared image.
     *
     * @param scenario     the scenario it holds
     * @param emptyCluster whether it holds only initdb's output (one per base image)
     * @param bytes    the image's size as Docker reports it (its base image's layers included)
     */
    public record Entry(String id, String tag, String scenario, boolean emptyCluster, long bytes, Instant created) {
    }

    private PreparedImageListing() {
    }

    public static List<Entry> list(DockerClient client) {
        return client.listImagesCmd().withShowAll(false).withLabelFilter(Map.of(RideLabels.RIDE, PreparedImages.PREPARED))
                .exec().stream().map(PreparedImageListing::entry).toList();
    }

    private static Entry entry(Image image) {
        Map<String, String> labels = image.getLabels() == null ? Map.of() : image.getLabels();
        String[] tags = image.getRepoTags();
        String tag = tags == null || tags.length == 0 ? "<untagged>" : tags[0];
        long created = image.getCreated() == null ? 0 : image.getCreated();
        long size = image.getSize() == null ? 0 : image.getSize();
        String scenario = labels.getOrDefault(RideLabels.SCENARIO, "?");
        return new Entry(image.getId(), tag, scenario, PreparedImages.EMPTY_CLUSTER.equals(scenario), size,
                Instant.ofEpochSecond(created));
    }
}
