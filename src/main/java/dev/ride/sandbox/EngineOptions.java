package dev.ride.sandbox;

import java.util.Optional;

/**
 * What the command line says about engines beyond their name. Build it with {@link #defaults()} and
 * the {@code with...} methods so a new option (e.g. the Docker image) does not break callers.
 *
 * @param jdbcUrl {@code --jdbc-url}, needed by the external engine
 * @param image   {@code --image}, the Docker engine's PostgreSQL image (else {@code RIDE_IMAGE}, else its default)
 */
public record EngineOptions(Optional<String> jdbcUrl, Optional<String> image) {

    public static EngineOptions defaults() {
        return new EngineOptions(Optional.empty(), Optional.empty());
    }

    public EngineOptions withJdbcUrl(String url) {
        return new EngineOptions(Optional.ofNullable(url).filter(u -> !u.isBlank()), image);
    }

    public EngineOptions withImage(String newImage) {
        return new EngineOptions(jdbcUrl, Optional.ofNullable(newImage).filter(i -> !i.isBlank()));
    }
}
