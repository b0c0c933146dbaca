package dev.ride.sandbox.docker;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.SSLConfig;

/**
 * A Docker daemon that answered, and a client speaking its API version. {@link #connect} pings the
 * daemon and asks {@code /version} on unversioned paths (every engine answers those), then builds the
 * client with the negotiated version ({@link ApiVersions}). {@code DOCKER_HOST}, {@code DOCKER_CONTEXT},
 * {@code ~/.docker/config.json} and {@code ~/.docker-java.properties} are honoured through docker-java's
 * default configuration; an {@code api.version} set there wins over negotiation.
 */
public final class DockerDaemon {

    /** Long enough for a commit of a prepared image on a slow disk; a hung daemon still fails instead of hanging ride. */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMinutes(2);
    /**
     * For {@code /version} once the ping answered: its first call loads Jackson's models, which takes
     * 0.3–0.8 s in a cold JVM on a busy 2-core machine, so the ping alone decides "no daemon".
     */
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(15);

    /**
     * For a daemon reached without TLS (the unix socket, plain tcp). Given no SSL configuration,
     * httpclient5 builds the JVM's default SSLContext, reading every CA certificate (0.2–0.3 s of
     * each start on a busy machine), for a TLS strategy that such a connection never uses.
     */
    private static final SSLConfig NO_TLS = () -> new SSLContext(null, null, "none (the daemon is not reached over TLS)") {
    };

    private static final Pattern DAEMON_ERROR = Pattern.compile("(?is)status \\d+: (\\{.*})");

    private final DockerClient client;
    private final URI host;
    private final RemoteApiVersion apiVersion;
    private final String engineVersion;

    private DockerDaemon(DockerClient client, URI host, RemoteApiVersion apiVersion, String engineVersion) {
        this.client = client;
        this.host = host;
        this.apiVersion = apiVersion;
        this.engineVersion = engineVersion;
    }

    /**
     * Connects to the daemon of the usual Docker configuration, or of {@code dockerHost} when given.
     *
     * @param answerWithin how long the first ping may take before the daemon counts as absent
     * @throws DockerUnavailableException when nothing answers in time
     */
    public static DockerDaemon connect(Optional<String> dockerHost, Duration answerWithin) {
        return connect(dockerHost, answerWithin, UnaryOperator.identity(), false);
    }

    /**
     * As {@link #connect(Optional, Duration)}, for a sandbox's start: once the daemon answered the
     * ping, {@link DockerClientWarmUp} runs beside the rest of the way to the first container.
     */
    static DockerDaemon connectToStart(Optional<String> dockerHost, Duration answerWithin) {
        return connect(dockerHost, answerWithin, UnaryOperator.identity(), true);
    }

    /** As {@link #connect(Optional, Duration)}, with the transport wrapped (tests record the requests). */
    static DockerDaemon connect(Optional<String> dockerHost, Duration answerWithin,
                                UnaryOperator<DockerHttpClient> transport) {
        return connect(dockerHost, answerWithin, transport, false);
    }

    private static DockerDaemon connect(Optional<String> dockerHost, Duration answerWithin,
                                        UnaryOperator<DockerHttpClient> transport, boolean warmUp) {
        Supplier<DefaultDockerClientConfig.Builder> settings = () -> {
            DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
            dockerHost.ifPresent(builder::withDockerHost);
            return builder;
        };
        DockerClientConfig asConfigured;
        DockerHttpClient http;
        try {
            asConfigured = settings.get().build();
            http = transport.apply(http(asConfigured, answerWithin));
        } catch (RuntimeException e) {
            // e.g. DOCKER_HOST=foo://bar, or TLS asked for without certificates
            throw new DockerUnavailableException(dockerHost.orElse("the configured Docker host"),
                    "unusable Docker configuration: " + rootMessage(e), e);
        }
        URI host = asConfigured.getDockerHost();
        DockerClient unversioned = DockerClientImpl.getInstance(DockerClientWarmUp.configured(asConfigured), http);
        within(host, answerWithin, () -> unversioned.pingCmd().exec());
        if (warmUp) {
            // not before the ping: with no daemon there, --engine auto starts another engine at once
            DockerClientWarmUp.start(unversioned);
        }
        Version version = within(host, VERSION_TIMEOUT, () -> unversioned.versionCmd().exec());
        RemoteApiVersion api = asConfigured.getApiVersion() != RemoteApiVersion.UNKNOWN_VERSION
                ? asConfigured.getApiVersion()
                : ApiVersions.negotiate(version.getApiVersion(), version.getMinAPIVersion());
        DockerClient client = DockerClientImpl.getInstance(
                DockerClientWarmUp.configured(settings.get().withApiVersion(api).build()), http);
        return new DockerDaemon(client, host, api, version.getVersion());
    }

    /** The HTTP transport to the daemon of {@code config}; it connects at its first request. */
    static DockerHttpClient http(DockerClientConfig config, Duration connectWithin) {
        return new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig() != null ? config.getSSLConfig() : NO_TLS)
                .connectionTimeout(connectWithin)
                .responseTimeout(RESPONSE_TIMEOUT)
                .build();
    }

    /** One request with a deadline: a socket that accepts but never answers counts as no daemon. */
    private static <T> T within(URI host, Duration within, Callable<T> request) {
        FutureTask<T> call = new FutureTask<>(request);
        Thread thread = new Thread(call, "ride-docker-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return call.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new DockerUnavailableException(host.toString(), "no answer within " + seconds(within), e);
        } catch (ExecutionException e) {
            throw new DockerUnavailableException(host.toString(), rootMessage(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerUnavailableException(host.toString(), "interrupted", e);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    /**
     * For an error answer of the daemon ({@code Status 500: {"message":"..."}}) its message; otherwise
     * the innermost message, lower-cased like an errno text ("connection refused").
     */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        Matcher answer = DAEMON_ERROR.matcher(message.strip());
        if (answer.matches()) {
            try {
                JsonNode text = new ObjectMapper().readTree(answer.group(1)).get("message");
                if (text != null && !text.asText().isBlank()) {
                    return text.asText().strip();
                }
            } catch (IOException notJson) {
                // keep the daemon's answer as it came
            }
        }
        message = message.strip();
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    public DockerClient client() {
        return client;
    }

    /** Where the daemon listens, e.g. {@code unix:///var/run/docker.sock}. */
    public URI host() {
        return host;
    }

    /** The API version every request after the first uses. */
    public RemoteApiVersion apiVersion() {
        return apiVersion;
    }

    /** The engine's own version, e.g. {@code 20.10.24+dfsg1}. */
    public String engineVersion() {
        return engineVersion;
    }
}
