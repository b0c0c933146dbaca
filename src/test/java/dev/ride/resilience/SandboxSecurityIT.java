package dev.ride.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ride.e2e.RideProcess;
import dev.ride.testing.TestDocker;
import dev.ride.testing.TestEngines;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sandbox is for the learner on this machine only: its port answers on loopback and on no
 * other address of the machine, its password is new on every run, and the password appears in
 * the output only where the learner asked for the connection string ({@code \conninfo}).
 */
class SandboxSecurityIT {

    private static final String SEED = "stage-09/08-migration-applied-to-one-tenant-only";
    private static final Pattern URL = Pattern.compile("postgresql://([^:@/\\s]+):([^@\\s]+)@([^:/\\s]+):(\\d+)/\\S*");

    @Test
    void embeddedPortOnlyOnLoopback() throws Exception {
        portOnlyOnLoopback("embedded");
    }

    @Test
    void dockerPortOnlyOnLoopback() throws Exception {
        TestDocker.require();
        portOnlyOnLoopback("docker");
    }

    @Test
    void embeddedPasswordIsRandomAndNotPrinted() throws Exception {
        passwordIsRandomAndNotPrinted("embedded");
    }

    @Test
    void dockerPasswordIsRandomAndNotPrinted() throws Exception {
        TestDocker.require();
        passwordIsRandomAndNotPrinted("docker");
    }

    private static void portOnlyOnLoopback(String engine) throws Exception {
        try (LiveRide ride = LiveRide.start(List.of(), TestEngines.args(engine, "postgres", "start", SEED))) {
            ride.send("\\conninfo");
            ride.waitForStdout("postgresql://", 0, Duration.ofSeconds(120));
            ride.waitForStdout("\n", ride.stdout().indexOf("postgresql://"), Duration.ofSeconds(5));
            Matcher url = URL.matcher(ride.stdout());
            assertThat(url.find()).as("a connection string in:\n%s", ride.stdout()).isTrue();
            int port = Integer.parseInt(url.group(4));

            // the control: the port does answer on loopback
            assertThat(connects(InetAddress.getByName("127.0.0.1"), port)).as("127.0.0.1:%d answers", port).isTrue();

            List<InetAddress> others = nonLoopbackAddresses();
            assertThat(others).as("this machine has a non-loopback address to try").isNotEmpty();
            List<String> reachable = new ArrayList<>();
            for (InetAddress address : others) {
                if (connects(address, port)) {
                    reachable.add(address.getHostAddress());
                }
            }
            assertThat(reachable).as("non-loopback addresses where port %d answers (tried %s)", port, others).isEmpty();
            System.out.printf("%s sandbox port %d: answers on 127.0.0.1, refused on %d other addresses %s%n",
                    engine, port, others.size(), others);
            ride.send("\\q");
            ride.closeStdin();
            ride.waitForExit(Duration.ofSeconds(60));
        }
    }

    private static void passwordIsRandomAndNotPrinted(String engine) throws Exception {
        String reference = Files.readString(RideProcess.projectDir()
                .resolve("scenarios").resolve(SEED).resolve("solutions/reference.txt"));
        RideProcess.Result full = RideProcess.run("\\conninfo\n" + reference, TestEngines.args(engine, "postgres", "start", SEED));
        assertThat(full.exitCode()).as("exit; stderr:\n%s", full.stderr()).isZero();
        String password = password(full.stdout());
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);

        // only the line \conninfo printed carries it: not the replay, the card, nor stderr
        List<String> carrying = full.stdout().lines().filter(l -> l.contains(password)).toList();
        assertThat(carrying).hasSize(1);
        assertThat(carrying.get(0)).startsWith("postgresql://");
        assertThat(full.stderr()).doesNotContain(password);
        assertThat(full.lastJsonLine()).doesNotContain(password);

        // without \conninfo, a full replay prints no connection string at all
        RideProcess.Result silent = RideProcess.run(reference, TestEngines.args(engine, "postgres", "start", SEED));
        assertThat(silent.exitCode()).isZero();
        assertThat(silent.stdout() + silent.stderr()).doesNotContain("postgresql://").doesNotContain(password);

        RideProcess.Result second = RideProcess.run("\\conninfo\n", TestEngines.args(engine, "postgres", "start", SEED));
        assertThat(second.exitCode()).isZero();
        assertThat(password(second.stdout())).as("the password of a second run").isNotEqualTo(password);
    }

    private static String password(String stdout) {
        Matcher url = URL.matcher(stdout);
        assertThat(url.find()).as("a connection string in:\n%s", stdout).isTrue();
        return url.group(2);
    }

    /** Every address of every interface that is up, loopback ones excluded (IPv6 with its scope). */
    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (!a.isLoopbackAddress()) {
                    addresses.add(a instanceof Inet6Address v6 && v6.isLinkLocalAddress()
                            ? Inet6Address.getByAddress(null, v6.getAddress(), nif) : a);
                }
            }
        }
        return addresses;
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refusedOrTimedOut) {
            return false;
        }
    }
}
