package dev.ride.sandbox.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;

/**
 * The container of one sandbox, in terms of the official postgres image's contract (which the
 * offline test image honours too): environment for initdb, {@code -c} settings appended to
 * {@code postgres}, PGDATA on tmpfs, port 5432 published on 127.0.0.1 only.
 *
 * @param image    the image reference
 * @param name     the container name, e.g. {@code ride-seed-000-1a2b3c4d}
 * @param password the superuser's password
 * @param pgdata   the image's data directory (its {@code PGDATA})
 * @param labels   see {@link RideLabels}
 */
public record ContainerSpec(String image, String name, String password, String pgdata, Map<String, String> labels) {

    public static final String SUPERUSER = "postgres";
    public static final ExposedPort POSTGRES_PORT = ExposedPort.tcp(5432);
    /** Where the official image keeps its cluster unless its PGDATA says otherwise. */
    public static final String DEFAULT_PGDATA = "/var/lib/postgresql/data";

    /** The server settings of every engine, passed as {@code postgres -c ...}. */
    static final List<String> SETTINGS = List.of(
            "shared_preload_libraries=pg_stat_statements",
            // a throwaway server: durability buys nothing and costs start-up and reset time
            "fsync=off", "synchronous_commit=off", "full_page_writes=off",
            // Docker's /dev/shm is 64 MB, too small for parallel hash joins
            "dynamic_shared_memory_type=mmap");

    List<String> environment() {
        return List.of(
                "POSTGRES_USER=" + SUPERUSER,
                "POSTGRES_PASSWORD=" + password,
                "POSTGRES_HOST_AUTH_METHOD=scram-sha-256",
                // scram for 127.0.0.1 too; no fsync during initdb (a throwaway cluster)
                "POSTGRES_INITDB_ARGS=--auth-host=scram-sha-256 --no-sync");
    }

    List<String> arguments() {
        List<String> args = new ArrayList<>();
        for (String setting : SETTINGS) {
            args.add("-c");
            args.add(setting);
        }
        return args;
    }

    HostConfig hostConfig() {
        return HostConfig.newHostConfig()
                // no host port given: Docker picks a free one; no address other than loopback
                .withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), POSTGRES_PORT))
                // initdb on overlay2 takes about twice as long as on tmpfs, and nothing here must survive
                .withTmpFs(Map.of(pgdata, "rw,nosuid,nodev"));
    }

    CreateContainerCmd applyTo(CreateContainerCmd create) {
        return create.withName(name)
                .withLabels(labels)
                .withEnv(environment())
                .withCmd(arguments())
                .withExposedPorts(POSTGRES_PORT)
                .withHostConfig(hostConfig());
    }
}
