package dev.ride.shell;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment as psql's {@code \setenv} leaves it: the process's own, with the names the
 * session set or unset on top (Java cannot change its own environment). {@code \getenv} reads it,
 * and anything the shell starts gets it.
 */
public final class ShellEnvironment {

    /** Names the session changed; a null value means unset. */
    private final Map<String, String> changed = new HashMap<>();

    /** The value of {@code name}, or null when it is not set. */
    public String get(String name) {
        return changed.containsKey(name) ? changed.get(name) : System.getenv(name);
    }

    /** Sets {@code name}, or unsets it when {@code value} is null. */
    public void set(String name, String value) {
        changed.put(name, value);
    }

    /** The whole environment, for a process the shell starts. */
    public Map<String, String> asMap() {
        Map<String, String> all = new HashMap<>(System.getenv());
        changed.forEach((name, value) -> {
            if (value == null) {
                all.remove(name);
            } else {
                all.put(name, value);
            }
        });
        return all;
    }
}
