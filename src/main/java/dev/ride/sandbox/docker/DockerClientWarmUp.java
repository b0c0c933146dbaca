package dev.ride.sandbox.docker;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.command.CreateNetworkResponse;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;

/**
 * The JSON work of a Docker start's first requests, done once on a thread of its own from the
 * daemon's first answer on, while the image is looked up and the network made. In a new JVM, docker-java's object mapper builds a
 * serializer or deserializer for each request and answer type the first time it meets it, from
 * reflection over dozens of model classes: measured on a busy 2-core machine, 0.2–0.3 s for the
 * first {@code create container} request and as much for the first {@code inspect container}
 * answer, each on the critical path of a start (the second time: a few ms). Those caches belong
 * to one mapper, so every client ride makes uses {@link #MAPPER} ({@link #configured}); this class
 * runs the same types through it, with nothing sent to the daemon.
 * <p>
 * {@link #main} does it in the foreground: the class-data-sharing archive's training run
 * (scripts/ride, scripts/dist/cds-archive.sh), so that the archive has the classes of a Docker
 * start even where no daemon runs.
 */
public final class DockerClientWarmUp {

    /** docker-java's own configuration of its mapper; one instance, so that its caches serve every request. */
    static final ObjectMapper MAPPER = DockerClientConfig.getDefaultObjectMapper();

    /** The classes of a Docker start that the JSON work does not load (for the archive). */
    private static final List<String> START_CLASSES = List.of(
            "dev.ride.sandbox.docker.DockerEngine", "dev.ride.sandbox.docker.DockerEngine$Reaping",
            "dev.ride.sandbox.docker.DockerTopology", "dev.ride.sandbox.docker.DockerTopology$Part",
            "dev.ride.sandbox.docker.DockerSandbox", "dev.ride.sandbox.docker.DockerReaper",
            "dev.ride.sandbox.docker.DockerNetworks", "dev.ride.sandbox.docker.ContainerLauncher",
            "dev.ride.sandbox.docker.ContainerSpec", "dev.ride.sandbox.docker.ContainerSpec$Layout",
            "dev.ride.sandbox.docker.PreparedImages", "dev.ride.sandbox.docker.PreparedImages$Base",
            "dev.ride.sandbox.docker.PreparedImages$Prepared", "dev.ride.sandbox.docker.PreparedImageStorage",
            "dev.ride.sandbox.docker.PreparedImageStorage$Installed", "dev.ride.sandbox.docker.Readiness",
            "dev.ride.sandbox.docker.StandbyCatchUp", "dev.ride.sandbox.docker.TopologyScripts",
            "dev.ride.sandbox.docker.BaseBackupContainer", "dev.ride.sandbox.docker.RideLabels",
            "dev.ride.sandbox.docker.Containers", "dev.ride.sandbox.docker.ContainerLog",
            "dev.ride.sandbox.docker.StartTrace", "dev.ride.sandbox.LoginWarmUp",
            "dev.ride.sandbox.docker.ProcessAge", "dev.ride.sandbox.docker.DockerSettings",
            "dev.ride.sandbox.Topology$Pooler", "dev.ride.sandbox.Endpoint$Kind",
            "dev.ride.sandbox.OperatorAction", "dev.ride.sandbox.OperatorAction$Target",
            "dev.ride.drill.StandbyLogins", "dev.ride.drill.StartingHbaRules");

    private DockerClientWarmUp() {
    }

    /** {@code config} with {@link #MAPPER} as its object mapper (docker-java would give each client a copy of its own). */
    static DockerClientConfig configured(DockerClientConfig config) {
        return new com.github.dockerjava.core.DockerClientConfigDelegate(config) {
            @Override
            public ObjectMapper getObjectMapper() {
                return MAPPER;
            }
        };
    }

    /** Starts the warm-up on a daemon thread and returns at once; {@code client} only builds the requests. */
    static void start(DockerClient client) {
        Thread t = new Thread(() -> run(client), "ride-docker-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The class-data-sharing archive's training run: the warm-up in the foreground, no daemon needed. */
    public static void main(String[] args) {
        DockerClientConfig config = configured(DefaultDockerClientConfig.createDefaultConfigBuilder().build());
        run(DockerClientImpl.getInstance(config, DockerDaemon.http(config, java.time.Duration.ofSeconds(1))));
        ClassLoader loader = DockerClientWarmUp.class.getClassLoader();
        for (String name : START_CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError renamed) {
                // the start loads what it needs itself
            }
        }
    }

    private static void run(DockerClient client) {
        try {
            // first the image's inspect, which the engine's choice asks as soon as /version answered
            read("{\"Id\":\"sha256:0\",\"RepoTags\":[\"a:b\"],\"Config\":{\"Env\":[\"PGDATA=/x\"],\"Labels\":{\"a\":\"b\"},"
                    + "\"ExposedPorts\":{\"5432/tcp\":{}}},\"ContainerConfig\":{},\"GraphDriver\":{\"Data\":{}},"
                    + "\"RootFS\":{\"Layers\":[]}}", new TypeReference<InspectImageResponse>() { });
            // the requests with a body, as DockerTopology and ContainerLauncher make them
            MAPPER.writeValueAsBytes(DockerTopology.containerCmd(client, "ride-warm-up", "primary", "ride-warm-up",
                    Map.of(RideLabels.RIDE, "1"), 54321, 5432, List.of("RIDE_PASSWORD=x"), "true", "ride-net-warm-up"));
            MAPPER.writeValueAsBytes(new ContainerSpec("ride-warm-up", "ride-warm-up", "x", ContainerSpec.DEFAULT_PGDATA,
                    ContainerSpec.Layout.THROWAWAY, Map.of(RideLabels.RIDE, "1"), 54321)
                    .applyTo(client.createContainerCmd("ride-warm-up")));
            MAPPER.writeValueAsBytes(client.createNetworkCmd().withName("ride-net-warm-up").withDriver("bridge")
                    .withCheckDuplicate(true).withLabels(Map.of(RideLabels.RIDE, "1")));
            // the other answers, in the order a start meets them
            read("{\"Version\":\"1\",\"ApiVersion\":\"1.41\",\"MinAPIVersion\":\"1.12\"}", new TypeReference<Version>() { });
            read("[{\"Id\":\"0\",\"Names\":[\"/a\"],\"Labels\":{\"a\":\"b\"},\"State\":\"running\",\"Ports\":[],"
                    + "\"NetworkSettings\":{\"Networks\":{}},\"Mounts\":[]}]", new TypeReference<List<Container>>() { });
            read("[{\"Id\":\"0\",\"Name\":\"a\",\"Labels\":{\"a\":\"b\"},\"IPAM\":{\"Config\":[]},\"Containers\":{}}]",
                    new TypeReference<List<Network>>() { });
            read("[{\"Id\":\"sha256:0\",\"RepoTags\":[\"a:b\"],\"Labels\":{\"a\":\"b\"}}]", new TypeReference<List<Image>>() { });
            read("{\"Id\":\"0\",\"Warning\":\"\"}", new TypeReference<CreateNetworkResponse>() { });
            read("{\"Id\":\"0\",\"Warnings\":[]}", new TypeReference<CreateContainerResponse>() { });
            read("{\"Id\":\"0\",\"State\":{\"Running\":true,\"ExitCode\":0,\"Health\":{\"Log\":[]}},\"Config\":{\"Env\":[]},"
                    + "\"HostConfig\":{\"PortBindings\":{}},\"NetworkSettings\":{\"Ports\":{},\"Networks\":{}},\"Mounts\":[]}",
                    new TypeReference<InspectContainerResponse>() { });
        } catch (IOException | RuntimeException e) {
            // only a speed-up: the real requests do the work themselves
        }
    }

    private static void read(String json, TypeReference<?> type) throws IOException {
        MAPPER.readValue(json, type);
    }
}
