package dev.ride.sandbox.docker;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;

/** The end of a container's output, for error messages when a server does not come up. */
final class ContainerLog {

    private ContainerLog() {
    }

    /** The last {@code lines} lines of stdout and stderr, or a note saying why there are none. */
    static String tail(DockerClient client, String containerId, int lines) {
        StringBuilder text = new StringBuilder();
        try {
            client.logContainerCmd(containerId).withStdOut(true).withStdErr(true).withTail(lines)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            synchronized (text) {
                                text.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                            }
                        }
                    })
                    .awaitCompletion(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            return "(the container log could not be read: " + DockerDaemon.rootMessage(e) + ")";
        }
        synchronized (text) {
            String log = text.toString().strip();
            return log.isEmpty() ? "(the container wrote nothing)" : log;
        }
    }
}
