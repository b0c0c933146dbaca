package dev.ride.sandbox.docker;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.ResponseItem;

/**
 * What a pull has done so far, folded from the daemon's progress messages, and the one line that
 * shows it: {@code Pulling postgres:16 [######------]  3/9 layers  45.2/150.3 MB}. No I/O here;
 * {@link ImagePuller} decides when to draw.
 */
public final class PullProgress {

    private static final int BAR_WIDTH = 24;

    private final String image;
    private final Map<String, Layer> layers = new LinkedHashMap<>();

    public PullProgress(String image) {
        this.image = image;
    }

    /** Takes one progress message; messages without a layer id (digest, status lines) change nothing. */
    public void accept(PullResponseItem item) {
        String id = item.getId();
        String status = item.getStatus();
        if (id == null || status == null || status.startsWith("Pulling from")) {
            return;
        }
        Layer layer = layers.computeIfAbsent(id, k -> new Layer());
        ResponseItem.ProgressDetail detail = item.getProgressDetail();
        switch (status) {
            case "Downloading" -> {
                if (detail != null && detail.getTotal() != null && detail.getTotal() > 0) {
                    layer.total = detail.getTotal();
                }
                if (detail != null && detail.getCurrent() != null) {
                    layer.downloaded = detail.getCurrent();
                }
            }
            case "Download complete", "Verifying Checksum", "Extracting" -> layer.downloaded = layer.total;
            case "Pull complete" -> {
                layer.downloaded = layer.total;
                layer.done = true;
            }
            case "Already exists" -> layer.done = true;
            default -> {
                // "Pulling fs layer", "Waiting", "Retrying in ...": known layer, no bytes yet
            }
        }
    }

    public int layerCount() {
        return layers.size();
    }

    public int layersDone() {
        return (int) layers.values().stream().filter(l -> l.done).count();
    }

    public long bytesDone() {
        return layers.values().stream().mapToLong(l -> l.downloaded).sum();
    }

    /** Bytes of the layers whose size is known yet; grows while downloads start. */
    public long bytesTotal() {
        return layers.values().stream().mapToLong(l -> l.total).sum();
    }

    /** The progress line, without a line end. */
    public String line() {
        long total = bytesTotal();
        double fraction = layers.isEmpty() ? 0
                : total > 0 ? (double) bytesDone() / total
                : (double) layersDone() / layers.size();
        if (!layers.isEmpty() && layersDone() == layers.size()) {
            fraction = 1;
        }
        int filled = (int) Math.round(Math.min(1, fraction) * BAR_WIDTH);
        return String.format(Locale.ROOT, "Pulling %s [%s%s] %d/%d layers  %s/%s MB", image,
                "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), layersDone(), layers.size(),
                megabytes(bytesDone()), megabytes(total));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }

    private static final class Layer {
        long downloaded;
        long total;
        boolean done;
    }
}
