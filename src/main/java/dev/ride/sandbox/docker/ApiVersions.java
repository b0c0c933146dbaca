package dev.ride.sandbox.docker;

import com.github.dockerjava.core.RemoteApiVersion;

/**
 * Which Docker API version to speak: the daemon's own version, capped at the newest one docker-java
 * knows, and never below the daemon's minimum. Old engines (Debian 12's 20.10 answers 1.41) reject a
 * client that is too new; Docker 29 rejects anything below 1.44. Unversioned paths would dodge the
 * first but leave the request format to luck, so the version is always explicit.
 */
public final class ApiVersions {

    /** The newest API docker-java 3.7.1 has models for. */
    public static final RemoteApiVersion CLIENT_MAX = RemoteApiVersion.VERSION_1_44;

    private ApiVersions() {
    }

    /**
     * @param daemonApi    the daemon's {@code ApiVersion} from {@code /version}
     * @param daemonMinApi its {@code MinAPIVersion}, or null when it does not say
     */
    public static RemoteApiVersion negotiate(String daemonApi, String daemonMinApi) {
        // only isGreater: docker-java's isGreaterOrEqual compares major and minor separately
        RemoteApiVersion daemon = RemoteApiVersion.parseConfigWithDefault(daemonApi);
        if (daemon == RemoteApiVersion.UNKNOWN_VERSION) {
            throw new IllegalArgumentException("the daemon reported no usable API version: " + daemonApi);
        }
        RemoteApiVersion chosen = daemon.isGreater(CLIENT_MAX) ? CLIENT_MAX : daemon;
        RemoteApiVersion min = RemoteApiVersion.parseConfigWithDefault(daemonMinApi);
        if (min.isGreater(chosen)) {
            // a future daemon that dropped everything docker-java knows: its oldest is our best bet
            chosen = min;
        }
        return chosen;
    }
}
