package dev.ride.sandbox.docker;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;

/**
 * Makes sure an image is local, pulling it with a progress bar on the console when it is not.
 * A failed pull becomes one sentence saying why and what to do instead.
 */
final class ImagePuller {

    /** Redraws at most this often; a pull sends hundreds of messages a second. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final DockerClient client;
    private final PrintStream console;
    private final boolean interactive;

    /**
     * @param interactive true when {@code console} is a terminal: the bar is redrawn in place;
     *                    otherwise only a first and a last line are printed (logs stay readable)
     */
    ImagePuller(DockerClient client, PrintStream console, boolean interactive) {
        this.client = client;
        this.console = console;
        this.interactive = interactive;
    }

    /** @return true when the image had to be pulled */
    boolean ensure(String image) {
        if (isLocal(image)) {
            return false;
        }
        pull(image);
        return true;
    }

    private boolean isLocal(String image) {
        try {
            client.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private void pull(String image) {
        ImageRef ref;
        try {
            ref = ImageRef.parse(image);
        } catch (IllegalArgumentException e) {
            throw failure(image, e.getMessage(), e);
        }
        PullProgress progress = new PullProgress(image);
        AtomicReference<String> streamedError = new AtomicReference<>();
        long begin = System.nanoTime();
        long[] lastDraw = {0};
        // no bar before the registry named a layer: a pull that fails at once (no registry, a
        // wrong name) leaves one sentence, not an empty "0/0 layers" bar above it
        boolean[] drawn = {false};
        if (!interactive) {
            console.println("Pulling " + image + " ...");
        }
        ResultCallback.Adapter<PullResponseItem> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(PullResponseItem item) {
                if (item.isErrorIndicated()) {
                    streamedError.compareAndSet(null, item.getErrorDetail() != null
                            ? item.getErrorDetail().getMessage() : item.getError());
                    return;
                }
                synchronized (progress) {
                    progress.accept(item);
                    long now = System.nanoTime();
                    if (interactive && progress.layerCount() > 0 && now - lastDraw[0] > REDRAW_NANOS) {
                        lastDraw[0] = now;
                        drawn[0] = true;
                        console.print("\r" + progress.line() + "\u001b[K");
                        console.flush();
                    }
                }
            }
        };
        try {
            client.pullImageCmd(ref.repository()).withTag(ref.tag()).exec(callback).awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(image, "interrupted", e);
        } catch (RuntimeException e) {
            endLine(progress, drawn[0]);
            throw failure(image, DockerDaemon.rootMessage(e), e);
        }
        endLine(progress, drawn[0] || interactive && progress.layerCount() > 0);
        if (streamedError.get() != null) {
            throw failure(image, streamedError.get(), null);
        }
        if (!isLocal(image)) {
            throw failure(image, "the daemon reported no error but the image is not there", null);
        }
        if (!interactive) {
            console.printf("Pulled %s: %d layers, %.1f MB in %.1f s%n", image, progress.layerCount(),
                    progress.bytesDone() / 1_000_000.0, (System.nanoTime() - begin) / 1e9);
        }
    }

    private void endLine(PullProgress progress, boolean drawn) {
        if (drawn) {
            synchronized (progress) {
                console.print("\r" + progress.line() + "\u001b[K" + System.lineSeparator());
                console.flush();
            }
        }
    }

    private static ImagePullException failure(String image, String reason, Throwable cause) {
        return new ImagePullException(image, reason.strip(), cause);
    }
}
