package dev.ride.scenario;

import java.util.Optional;

/**
 * The scores two kinds of solution must have: doing nothing scores 0 and the reference the
 * maximum. Judged on the stored cards by the static lint and on the replayed ones by
 * {@code ride scenario verify --all}.
 */
public final class KindScores {

    private KindScores() {
    }

    /** Why this card is wrong for a solution of this kind, if it is. */
    public static Optional<String> problem(SolutionKind kind, CardFacts card) {
        if (kind == SolutionKind.NOTHING && card.score() != 0) {
            return Optional.of("doing nothing scores " + card.score() + "/" + card.max() + ", not 0");
        }
        if (kind == SolutionKind.REFERENCE && (card.score() != card.max() || card.max() == 0)) {
            return Optional.of("the reference scores " + card.score() + "/" + card.max() + ", not the maximum");
        }
        return Optional.empty();
    }
}
