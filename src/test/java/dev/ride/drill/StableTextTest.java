package dev.ride.drill;

import dev.ride.testing.TestSandboxes;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** What a demo hides: the sandbox's password, port and id, and timings. */
class StableTextTest {

    @Test
    void secretsPortAndTimingsAreReplacedOnWholeLines() {
        var sandbox = TestSandboxes.shared();
        StableText stable = new StableText(sandbox);
        StringWriter screen = new StringWriter();
        PrintWriter out = new PrintWriter(stable.filter(screen));
        out.print("Connect: " + sandbox.connectionString("tenant_a").substring(0, 20));
        out.print(sandbox.connectionString("tenant_a").substring(20) + "\n");
        out.print("You are connected to database \"tenant_a\" as user \"postgres\" on host \"127.0.0.1\" at port \""
                + sandbox.port() + "\".\n");
        out.print("Sandbox: " + sandbox.description() + "\n");
        out.print("Time: 12.345 ms\n");
        out.print(" Seq Scan on orders  (cost=0.00..1.05 rows=5 width=4) (actual time=0.012..0.015 rows=5 loops=1)\n");
        out.print("Execution Time: 0.123 ms\n");
        out.print("tenant_a=# ");
        out.flush();
        assertThat(screen.toString()).isEqualTo("""
                Connect: postgresql://postgres:•••@127.0.0.1:5432/tenant_a
                You are connected to database "tenant_a" as user "postgres" on host "127.0.0.1" at port "5432".
                Sandbox: %s
                Time: 0.500 ms
                 Seq Scan on orders  (cost=0.00..1.05 rows=5 width=4) (actual time=0.010..0.020 rows=5 loops=1)
                Execution Time: 0.100 ms
                tenant_a=#\s""".formatted(sandbox.engine()));
    }
}
