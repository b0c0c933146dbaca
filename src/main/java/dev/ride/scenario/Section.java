package dev.ride.scenario;

/** The three parts of a score card, in the order the card shows them. */
public enum Section {
    DETECT("Detect"),
    FIX("Fix"),
    TRAP("Trap");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    /** The manifest key and the JSON field: {@code detect}, {@code fix}, {@code trap}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** As shown on the text card. */
    public String title() {
        return title;
    }
}
