package dev.ride.scenario;

/**
 * How ride names and marks the template it keeps of each scenario database, so that :reset (and
 * a warm start on a server that keeps them) recreates the broken state in milliseconds instead of
 * re-running the setup.
 * <p>
 * Templates show up in a learner's {@code \l}: the name's prefix and the comment say what they
 * are. The comment also names the scenario state the copy holds (the {@link ScenarioFingerprint}),
 * and its prefix is how ride tells its own templates from a look-alike someone else made.
 */
final class ResetTemplate {

    /** Scenario database names may not start with it (the manifest check refuses them). */
    static final String PREFIX = "ride_template_";

    /** How every template's comment starts: what marks a database as ride's on a shared server. */
    private static final String COMMENT_PREFIX = "ride: ";

    private ResetTemplate() {
    }

    /** The template of scenario database {@code database}. */
    static String nameFor(String database) {
        return PREFIX + database;
    }

    /** Whether {@code database} would collide with the name of a template. */
    static boolean isTemplateName(String database) {
        return database.startsWith(PREFIX);
    }

    /**
     * What a learner sees next to the template in {@code \l+}, and what an install reads back:
     * the fingerprint says which state the copy holds. (Database names and fingerprints need no
     * quoting.)
     */
    static String comment(String database, String fingerprint) {
        return COMMENT_PREFIX + "pristine copy of " + database + " for :reset (state " + fingerprint + ")";
    }

    /**
     * A comment ride wrote (of whatever state): the template's name alone could be anyone's.
     * {@code comment} may be null (no such database).
     */
    static boolean isRides(String comment) {
        return comment != null && comment.startsWith(COMMENT_PREFIX);
    }
}
