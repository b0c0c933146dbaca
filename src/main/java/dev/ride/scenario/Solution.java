package dev.ride.scenario;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A scripted learner: {@code transcript} is what they type (ending with {@code :submit --json}),
 * {@code card} the one-line JSON card it must produce, without {@code elapsed_s}. {@code kind} is
 * what it proves ({@code kind:}, else told by its name), null when neither tells.
 */
public record Solution(String name, Path transcript, Path card, SolutionKind kind) {

    /** A solution whose kind its name tells, if it does. */
    public Solution(String name, Path transcript, Path card) {
        this(name, transcript, card, SolutionKind.ofName(name).orElse(null));
    }

    public Optional<SolutionKind> knownKind() {
        return Optional.ofNullable(kind);
    }
}
