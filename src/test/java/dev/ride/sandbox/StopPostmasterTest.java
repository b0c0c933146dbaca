package dev.ride.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A postmaster that ignores the fast-shutdown signal is killed after its grace time, and so are
 * its children: an orphaned child that sleeps does not notice its parent's death for minutes (an
 * autovacuum launcher of a start abandoned on a broken manifest was found so). A stand-in process
 * tree plays the postmaster: a shell that ignores SIGINT, with a sleeping child.
 */
class StopPostmasterTest {

    @Test
    void aPostmasterKilledAfterItsGraceTakesItsChildrenWithIt() throws Exception {
        String dataDir = "/tmp/ride-stand-in-data-" + UUID.randomUUID();
        Process postmaster = new ProcessBuilder("bash", "-c", "trap '' INT; sleep 300 & wait", dataDir).start();
        long pid = postmaster.pid();
        List<ProcessHandle> children = List.of();
        for (int i = 0; i < 200 && children.isEmpty(); i++) {
            children = postmaster.toHandle().children().toList();
            Thread.sleep(10);
        }
        assertThat(children).as("the stand-in's sleeping child").hasSize(1);

        Proc.stopPostmaster(pid, dataDir, 500);

        assertThat(Proc.isRunning(pid)).isFalse();
        ProcessHandle child = children.get(0);
        assertThat(child.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS).isAlive()).isFalse();
    }
}
