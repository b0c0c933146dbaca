package dev.ride.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ride.sandbox.Endpoint;
import dev.ride.shell.ConnectTarget;

/** Which server's log {@code :log} reads: the part the shell is on, by name or by port; none on the pooler. */
class ShellServerTest {

    private static final List<Endpoint> PARTS = List.of(
            new Endpoint("primary", Endpoint.Kind.PRIMARY, "127.0.0.1", 40001, "postgres", "pw"),
            new Endpoint("standby", Endpoint.Kind.STANDBY, "127.0.0.1", 40002, "postgres", "pw"),
            new Endpoint("pooler", Endpoint.Kind.POOLER, "127.0.0.1", 40003, "postgres", "pw"));

    @Test
    void theShellsServerIsFoundByItsNameOrItsPort() {
        assertThat(ShellServer.of(PARTS, new ConnectTarget("shop", "postgres", "standby", "40002")).orElseThrow().name())
                .isEqualTo("standby");
        assertThat(ShellServer.of(PARTS, new ConnectTarget("shop", "postgres", "127.0.0.1", "40002")).orElseThrow().name())
                .isEqualTo("standby");
        assertThat(ShellServer.of(PARTS, new ConnectTarget("shop", "postgres", "primary", "40001")).orElseThrow().name())
                .isEqualTo("primary");
    }

    @Test
    void onThePoolerOrWithoutATargetThereIsNoServerOfItsOwn() {
        assertThat(ShellServer.of(PARTS, new ConnectTarget("pgbouncer", "postgres", "pooler", "40003"))).isEmpty();
        assertThat(ShellServer.of(PARTS, null)).isEmpty();
    }
}
