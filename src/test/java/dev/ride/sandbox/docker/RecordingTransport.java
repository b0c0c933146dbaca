package dev.ride.sandbox.docker;

import java.io.IOException;
import java.util.List;

import com.github.dockerjava.transport.DockerHttpClient;

/**
 * A transport that passes every request to the daemon and remembers its method and path, e.g.
 * {@code POST /v1.41/images/create?...}: a test sees on the wire which calls ride made.
 */
record RecordingTransport(DockerHttpClient delegate, List<String> requests) implements DockerHttpClient {

    @Override
    public Response execute(Request request) {
        requests.add(request.method() + " " + request.path());
        return delegate.execute(request);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
