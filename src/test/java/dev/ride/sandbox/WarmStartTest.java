package dev.ride.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The steps of {@link WarmStart}, on a storage that only records what it is asked to do. */
class WarmStartTest {

    @Test
    void aFirstStartInstallsIntoAnEmptyServerAndKeepsIt() {
        Recording storage = new Recording();
        FakeSandbox sandbox = WarmStart.start(storage, "k", s -> storage.steps.add("install " + s.name));
        assertThat(storage.steps).containsExactly("find k", "empty k", "install empty", "keep k empty");
        assertThat(sandbox.name).isEqualTo("kept");
    }

    @Test
    void aLaterStartUsesThePreparedState() {
        Recording storage = new Recording();
        storage.stored.put("k", "copy");
        FakeSandbox sandbox = WarmStart.start(storage, "k", s -> storage.steps.add("install"));
        assertThat(storage.steps).containsExactly("find k", "start copy");
        assertThat(sandbox.name).isEqualTo("from copy");
    }

    @Test
    void aPreparedStateThatFailsIsDiscardedAndMadeAgain() {
        Recording storage = new Recording();
        storage.stored.put("k", "damaged");
        WarmStart.start(storage, "k", s -> { });
        assertThat(storage.steps).containsExactly("find k", "start damaged", "discard k damaged", "empty k", "keep k empty");
    }

    @Test
    void aFailedInstallClosesTheEmptyServerAndKeepsNothing() {
        Recording storage = new Recording();
        assertThatThrownBy(() -> WarmStart.start(storage, "k", s -> {
            throw new SandboxException("setup failed");
        })).hasMessage("setup failed");
        assertThat(storage.steps).containsExactly("find k", "empty k", "close empty");
    }

    private static final class Recording implements PreparedStorage<String, FakeSandbox> {
        final List<String> steps = new ArrayList<>();
        final Map<String, String> stored = new HashMap<>();

        @Override
        public Optional<String> find(String key) {
            steps.add("find " + key);
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public FakeSandbox startFrom(String prepared) {
            steps.add("start " + prepared);
            if (prepared.equals("damaged")) {
                throw new SandboxException("does not start");
            }
            return new FakeSandbox("from " + prepared, steps);
        }

        @Override
        public void discard(String key, String prepared) {
            steps.add("discard " + key + " " + prepared);
        }

        @Override
        public FakeSandbox startEmpty(String key) {
            steps.add("empty " + key);
            return new FakeSandbox("empty", steps);
        }

        @Override
        public FakeSandbox keep(String key, FakeSandbox installed) {
            steps.add("keep " + key + " " + installed.name);
            return new FakeSandbox("kept", steps);
        }
    }

    private record FakeSandbox(String name, List<String> steps) implements Sandbox {
        @Override
        public String engine() {
            return "fake";
        }

        @Override
        public String host() {
            return "127.0.0.1";
        }

        @Override
        public int port() {
            return 0;
        }

        @Override
        public String user() {
            return "postgres";
        }

        @Override
        public String password() {
            return "";
        }

        @Override
        public String description() {
            return name;
        }

        @Override
        public void close() {
            steps.add("close " + name);
        }
    }
}
