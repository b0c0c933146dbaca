package dev.ride.sandbox;

import java.util.function.Consumer;

/**
 * What a drill needs inside a fresh server, and a key that names it: engines that can (embedded,
 * docker) do {@code install} once per key and engine version, keep the result, and start later
 * sandboxes from that copy instead of repeating it.
 *
 * @param key     changes whenever {@code install} would build something different (e.g. the
 *                scenario's fingerprint); an engine adds its own server version to it
 * @param install builds the state in an empty, running sandbox
 */
public record PreparedState(String key, Consumer<Sandbox> install) {

    public PreparedState {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a prepared state needs a key");
        }
    }
}
