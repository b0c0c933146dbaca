package dev.ride.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a solution proves about a scenario's checks (docs/scenario-format.md#solutions). The catalog
 * lint needs every scenario to prove the {@link #required() required} ones. A solution's kind is
 * its {@code kind:} key, else its name: the kind's own name ({@code reference}, {@code nothing}),
 * or its prefix and a dash ({@code alt-unique-index}, {@code trap-kill-waiters}).
 */
public enum SolutionKind {
    /** the intended fix, with evidence first: scores the maximum */
    REFERENCE("reference", "reference", true),
    /** a different valid fix the reference does not use */
    ALTERNATIVE("alternative", "alt", true),
    /** the fix without looking first: loses Detect */
    BLIND("blind", "blind", true),
    /** half the fix */
    PARTIAL("partial", "partial", true),
    /** springs a trap check */
    TRAP("trap", "trap", true),
    /** a tempting wrong move that no trap check names (it earns less, and springs nothing) */
    WRONG("wrong", "wrong", false),
    /** submits straight away: scores 0 */
    NOTHING("nothing", "nothing", true),
    /** fixes first, looks afterwards */
    EVIDENCE_AFTER_FIX("evidence-after-fix", "evidence-after-fix", true),
    /** takes hints, then fixes: the hints' cost */
    HINTS_USED("hints-used", "hints-used", false),
    /** submits, then practises on: the score stays the first attempt's */
    SECOND_ATTEMPT("second-attempt", "second-attempt", false);

    private final String key;
    private final String prefix;
    private final boolean required;

    SolutionKind(String key, String prefix, boolean required) {
        this.key = key;
        this.prefix = prefix;
        this.required = required;
    }

    /** How a manifest writes it ({@code kind: alternative}). */
    public String key() {
        return key;
    }

    /** Whether every scenario needs a solution of this kind (a trap one only when it has trap checks). */
    public boolean required() {
        return required;
    }

    /** The kind a {@code kind:} value names. */
    public static Optional<SolutionKind> ofKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.key.equals(k)).findFirst();
    }

    /** The kind a solution's name tells: {@code PREFIX} or {@code PREFIX-what}. */
    public static Optional<SolutionKind> ofName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> n.equals(v.prefix) || n.startsWith(v.prefix + "-")).findFirst();
    }

    /** {@code reference, alternative, …} for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(SolutionKind::key).collect(Collectors.joining(", "));
    }

    /** {@code reference, alt-…, blind-…} for messages: the kinds that name a move take a "what" after the prefix. */
    public static String names() {
        java.util.Set<SolutionKind> moves = java.util.EnumSet.of(ALTERNATIVE, BLIND, PARTIAL, TRAP, WRONG);
        return Arrays.stream(values()).map(v -> moves.contains(v) ? v.prefix + "-…" : v.prefix)
                .collect(Collectors.joining(", "));
    }
}
