package dev.ride.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.transport.DockerHttpClient;

/**
 * Against the real daemon: ride speaks the version the daemon announces (1.41 for Debian 12's
 * Engine 20.10), checked on the wire, where a wrong version is what an old or a new engine rejects.
 */
class ApiVersionNegotiationTest {

    @Test
    void everyRequestAfterTheProbeUsesTheDaemonsOwnApiVersion() throws Exception {
        DockerTests.daemon(); // skip or fail here, with the reason, when there is no daemon
        List<String> requests = new CopyOnWriteArrayList<>();
        String[] announced = new String[1];
        DockerDaemon daemon = DockerDaemon.connect(Optional.empty(), Duration.ofSeconds(5), http -> {
            announced[0] = announcedApiVersion(http);
            return new RecordingTransport(http, requests);
        });
        RemoteApiVersion expected = ApiVersions.negotiate(announced[0], null);
        System.out.println("daemon " + daemon.engineVersion() + " announces API " + announced[0]
                + "; ride speaks " + daemon.apiVersion().getVersion());
        if (!RemoteApiVersion.parseConfig(announced[0]).isGreater(ApiVersions.CLIENT_MAX)) {
            assertThat(daemon.apiVersion().getVersion()).isEqualTo(announced[0]);
        }
        assertThat(daemon.apiVersion()).isEqualTo(expected);

        new DockerEngine(daemon, DockerTests.settings(), System.err).start("test/api-version").close();

        assertThat(requests.subList(0, 2)).containsExactly("GET /_ping", "GET /version");
        assertThat(requests.subList(2, requests.size()))
                .hasSizeGreaterThan(5)
                .allSatisfy(r -> assertThat(r).contains(" /v" + expected.getVersion() + "/"))
                .anySatisfy(r -> assertThat(r).startsWith("POST /v" + expected.getVersion() + "/containers/create"))
                .anySatisfy(r -> assertThat(r).startsWith("DELETE /v" + expected.getVersion() + "/containers/"));
    }

    /** What the daemon says about itself, read on an unversioned path without ride's negotiation code. */
    private static String announcedApiVersion(DockerHttpClient http) {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path("/version").build();
        try (DockerHttpClient.Response response = http.execute(request); InputStream body = response.getBody()) {
            return new ObjectMapper().readTree(body).get("ApiVersion").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
