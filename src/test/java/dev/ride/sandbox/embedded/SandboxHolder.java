package dev.ride.sandbox.embedded;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM by {@link KilledOwnerTest}: starts a sandbox under the directory given as
 * argument, prints "READY postmasterPid watchdogPid directory" and waits to be killed.
 */
public final class SandboxHolder {

    public static void main(String[] args) throws Exception {
        EmbeddedEngine engine = new EmbeddedEngine(PostgresBinaries.resolve(), Path.of(args[0]), Duration.ofSeconds(30));
        EmbeddedSandbox sandbox = engine.start("test/holder");
        long watchdog = ProcessHandle.of(sandbox.pid()).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
        System.out.println("READY " + sandbox.pid() + " " + watchdog + " " + sandbox.directory());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
