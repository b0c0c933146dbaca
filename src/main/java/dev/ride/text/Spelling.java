package dev.ride.text;

import java.util.Collection;
import java.util.Optional;

/**
 * The known word closest to a misspelt one ({@code concurency} -> {@code concurrency}), if close
 * enough: for "did you mean" in manifest errors and at the prompt.
 */
public final class Spelling {

    private Spelling() {
    }

    public static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = word.toLowerCase();
        for (String candidate : known) {
            String c = candidate.toLowerCase();
            if (w.startsWith(c) || c.startsWith(w)) {
                return Optional.of(candidate); // "integer" for "int", "conc" for "concurrency"
            }
            int d = distance(w, c);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // a third of the word may be wrong: "reconect_after" yes, "foo" for "rate" no
        return best != null && bestDistance <= Math.max(1, word.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** "; did you mean 'x'?" or nothing. */
    public static String hint(String word, Collection<String> known) {
        return closest(word, known).map(k -> "; did you mean '" + k + "'?").orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
