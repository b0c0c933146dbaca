package dev.ride.sandbox.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;

import dev.ride.sandbox.ServerLogSettings;

/**
 * The container of one sandbox, in terms of the official postgres image's contract (which the
 * offline test image honours too): environment for initdb, {@code -c} settings appended to
 * {@code postgres}, port 5432 published on 127.0.0.1 only. Where the cluster lives depends on
 * {@link Layout}.
 *
 * @param image    the image reference
 * @param name     the container name, e.g. {@code ride-seed-000-1a2b3c4d}
 * @param password the superuser's password given to initdb (unused by {@link Layout#PREPARED})
 * @param pgdata   the data directory: the image's {@code PGDATA} for a throwaway cluster,
 *                 {@link #PREPARED_PGDATA} otherwise
 * @param layout   how the cluster comes to exist and where it is kept
 * @param labels   see {@link RideLabels}
 * @param hostPort the port on 127.0.0.1, or 0 for one Docker picks
 */
public record ContainerSpec(String image, String name, String password, String pgdata, Layout layout,
                            Map<String, String> labels, int hostPort) {

    public ContainerSpec(String image, String name, String password, String pgdata, Layout layout,
                         Map<String, String> labels) {
        this(image, name, password, pgdata, layout, labels, 0);
    }

    /** The same container with the superuser's password changed. */
    public ContainerSpec withPassword(String newPassword) {
        return new ContainerSpec(image, name, newPassword, pgdata, layout, labels, hostPort);
    }

    /** This container published on {@code port} of 127.0.0.1. */
    public ContainerSpec withHostPort(int port) {
        return new ContainerSpec(image, name, password, pgdata, layout, labels, port);
    }

    public static final String SUPERUSER = "postgres";
    public static final ExposedPort POSTGRES_PORT = ExposedPort.tcp(5432);
    /** Where the official image keeps its cluster unless its PGDATA says otherwise. */
    public static final String DEFAULT_PGDATA = "/var/lib/postgresql/data";
    /**
     * A prepared cluster's place: on the container's own filesystem, which {@code docker commit}
     * captures, and outside the official image's {@code VOLUME /var/lib/postgresql/data}, which it
     * does not.
     */
    public static final String PREPARED_PGDATA = "/var/lib/ride/pgdata";

    /** How a sandbox's cluster comes to exist. */
    public enum Layout {
        /** initdb into a tmpfs at the image's PGDATA: nothing survives the container (no warm start). */
        THROWAWAY,
        /** initdb into {@link #PREPARED_PGDATA} on the container filesystem, to be committed as an image. */
        PREPARING,
        /** the cluster is already in the image (made by {@link #PREPARING}): no initdb. */
        PREPARED
    }

    /** The server settings of every container, passed as {@code postgres -c ...}; the log's come after them. */
    static final List<String> SETTINGS = List.of(
            "shared_preload_libraries=pg_stat_statements",
            // a throwaway server: durability buys nothing and costs start-up and reset time
            "fsync=off", "synchronous_commit=off", "full_page_writes=off",
            // logical decoding: a setup can leave a CDC consumer's logical replication slot,
            // which only a server started with this level can create (stage-04/09)
            "wal_level=logical",
            // Docker's /dev/shm is 64 MB, too small for parallel hash joins
            "dynamic_shared_memory_type=mmap");

    /**
     * With 1 MB WAL segments (initdb of a prepared cluster): little WAL is kept, so the prepared
     * image carries a few MB of it instead of 48. The default 16 MB segments refuse these values.
     */
    static final List<String> SMALL_WAL = List.of("min_wal_size=2MB", "max_wal_size=8MB", "checkpoint_warning=0");

    List<String> environment() {
        return switch (layout) {
            case THROWAWAY -> List.of(
                    "POSTGRES_USER=" + SUPERUSER,
                    "POSTGRES_PASSWORD=" + password,
                    "POSTGRES_HOST_AUTH_METHOD=scram-sha-256",
                    // scram for 127.0.0.1 too; no fsync during initdb (a throwaway cluster)
                    "POSTGRES_INITDB_ARGS=--auth-host=scram-sha-256 --no-sync");
            case PREPARING -> List.of(
                    "PGDATA=" + pgdata,
                    "POSTGRES_USER=" + SUPERUSER,
                    "POSTGRES_PASSWORD=" + password,
                    "POSTGRES_HOST_AUTH_METHOD=scram-sha-256",
                    "POSTGRES_INITDB_ARGS=--auth-host=scram-sha-256 --no-sync --wal-segsize=1");
            // PGDATA comes from the prepared image's own environment
            case PREPARED -> List.of();
        };
    }

    List<String> arguments() {
        List<String> args = new ArrayList<>();
        List<String> settings = new ArrayList<>(SETTINGS);
        if (layout != Layout.THROWAWAY) {
            settings.addAll(SMALL_WAL);
        }
        settings.addAll(ServerLogSettings.SETTINGS);
        for (String setting : settings) {
            args.add("-c");
            args.add(setting);
        }
        return args;
    }

    HostConfig hostConfig() {
        HostConfig host = HostConfig.newHostConfig()
                // no address other than loopback; with no host port given Docker picks a free one
                .withPortBindings(new PortBinding(hostPort == 0 ? Ports.Binding.bindIp("127.0.0.1")
                        : Ports.Binding.bindIpAndPort("127.0.0.1", hostPort), POSTGRES_PORT));
        // initdb on overlay2 takes about twice as long as on tmpfs, and nothing here must survive;
        // a cluster that is committed (or comes from an image) must be on the container filesystem
        return layout == Layout.THROWAWAY ? host.withTmpFs(Map.of(pgdata, "rw,nosuid,nodev")) : host;
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
