package dev.ride.cli;

/**
 * One line of {@code ride doctor}: what was checked, how it went, and in the same sentence what to do.
 *
 * @param status  ok, a warning (works, but something is worth fixing), missing (that part will not
 *                work here) or info (a fact, nothing to judge)
 * @param subject a short name: docker, embedded, pgbouncer, terminal, ...
 * @param text    one sentence
 */
record Finding(Status status, String subject, String text) {

    enum Status {
        OK("ok"), WARN("warn"), MISSING("no"), INFO("info");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    static Finding ok(String subject, String text) {
        return new Finding(Status.OK, subject, text);
    }

    static Finding warn(String subject, String text) {
        return new Finding(Status.WARN, subject, text);
    }

    static Finding missing(String subject, String text) {
        return new Finding(Status.MISSING, subject, text);
    }

    static Finding info(String subject, String text) {
        return new Finding(Status.INFO, subject, text);
    }

    boolean works() {
        return status == Status.OK || status == Status.WARN;
    }

    /** {@code ok    docker      Docker 28.2.2 answers at unix:///var/run/docker.sock (API 1.50).} */
    String line() {
        return String.format("%-5s %-10s %s", status.label, subject, text);
    }
}
