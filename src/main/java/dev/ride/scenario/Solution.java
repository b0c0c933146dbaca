package dev.ride.scenario;

import java.nio.file.Path;

/**
 * A scripted learner: {@code transcript} is what they type (ending with {@code :submit --json}),
 * {@code card} the one-line JSON card it must produce, without {@code elapsed_s}.
 */
public record Solution(String name, Path transcript, Path card) { }
