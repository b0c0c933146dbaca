package dev.ride.drill;

/** What the drill says to the learner, in one place. */
final class Messages {
    private Messages() {
    }

    static final String COLON_REMINDER =
            "Type :hint for a hint, :submit to be scored, :postmortem for the write-up, :help for more; \\q quits.";
    static final String EXAM_RULE = "Exam: one :submit. It shows your card, your timeline and the postmortem, then the drill ends.";
    static final String EXAM_OVER = "Exam over: this first :submit is your score. The drill ends here.";
    static final String NO_MORE_HINTS = "No more hints: that was the last of %d. :postmortem shows the full write-up.";
    /** After a ':' command found the sandbox dead: nothing inside this session can bring it back. */
    static final String SANDBOX_GONE = "(the sandbox is gone: :reset starts a new one in the broken start)";

    /** The transcript's and the timeline's line for a :reset that had to start a new sandbox. */
    static final String RESET_AFTER_DEATH = ":reset (the sandbox had stopped: a new one started)";
    static final String TIME_UP = "Time is up: submitting your work.";
    static final String READING_AFTER_TIME = "The drill is over and scored. The shell stays open for reading:"
            + " :postmortem, :log, :briefing, :status; \\q quits.";
    static final String STATEMENTS_CLOSED = "The drill is over: statements no longer run."
            + " :postmortem, :log, :briefing and :status still work; \\q quits.";
    static final String FOLLOWING_LOG = "(following the server log: new lines appear as they come; Ctrl-C returns to the prompt)";

    static String timeLeft(java.time.Duration left) {
        long minutes = left.toMinutes();
        return "Time check: " + minutes + (minutes == 1 ? " minute" : " minutes") + " left.";
    }

    static final String POSTMORTEM_SPOILER_NOTE = "(spoiler: the postmortem gives the answer away)";
}
