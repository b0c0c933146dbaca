package dev.ride.sandbox;

import java.util.List;

/** The sandboxes of one engine that exist on this machine, for {@code ride sandbox ls} and {@code rm}. */
public interface SandboxRegistry {

    List<SandboxEntry> list();

    /**
     * Stops the sandbox's server and removes everything it left, even when its owner still runs
     * (the user asked for it).
     *
     * @return false when no sandbox has that id
     */
    boolean remove(String id);
}
