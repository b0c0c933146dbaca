package dev.ride.actor;

/** When an actor starts: before the learner sees the first prompt (the incident is already on), or after. */
public enum StartPhase {
    BEFORE_PROMPT("before_prompt"),
    AFTER_PROMPT("after_prompt");

    private final String yaml;

    StartPhase(String yaml) {
        this.yaml = yaml;
    }

    /** The spelling in scenario.yaml. */
    public String yaml() {
        return yaml;
    }
}
