package dev.ride.sandbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed vocabulary of operator moves that are not SQL, implemented once per engine
 * ({@link TopologySandbox#act}). A scenario chooses which it offers; the shell's {@code :action}
 * runs them.
 */
public enum OperatorAction {
    /** The server crashes: an immediate shutdown, no checkpoint; the next start runs crash recovery. */
    STOP_SERVER("stop-server", Target.SERVER, "crash a server (immediate shutdown)"),
    /** Starts a stopped server again in its own data directory, on the same port. */
    START_SERVER("start-server", Target.SERVER, "start a stopped server again"),
    /** Ends recovery on a standby: it becomes a primary on a new timeline. */
    PROMOTE("promote", Target.SERVER, "promote a standby to primary"),
    /** Stops a server and keeps it from being started again until the sandbox is reset. */
    FENCE("fence", Target.SERVER, "stop a server for good (no start-server until :reset)"),
    PAUSE_REPLAY("pause-replay", Target.SERVER, "pause WAL replay on a standby"),
    RESUME_REPLAY("resume-replay", Target.SERVER, "resume WAL replay on a standby"),
    /** Re-reads the configuration (pg_reload_conf on a server, RELOAD on the pooler). */
    RELOAD_CONFIG("reload-config", Target.SERVER_OR_POOLER, "make a server or the pooler re-read its configuration"),
    /**
     * A base backup of a running primary with the WAL it needs, kept in the sandbox (one at a
     * time: a new one replaces the last) for {@link #RESTORE_BACKUP}.
     */
    TAKE_BASE_BACKUP("take-base-backup", Target.SERVER, "take a base backup of a primary, with its WAL"),
    /** The same without WAL: restoring it fails, as restoring such a backup does. */
    TAKE_BASE_BACKUP_WITHOUT_WAL("take-base-backup-without-wal", Target.SERVER,
            "take a base backup of a primary, without WAL"),
    /**
     * Replaces a server's data directory with the last base backup and starts it: it recovers to
     * the end of the backup and runs as a primary, on the server's port.
     */
    RESTORE_BACKUP("restore-backup", Target.SERVER, "replace a server's data with the last base backup and start it"),
    /**
     * What {@code pg_basebackup -R} does for a standby that cannot catch up any more (the WAL it
     * needs was removed): a fresh base backup of the primary, with its WAL, replaces the standby's
     * data directory, and the standby starts from it in recovery, streaming from the primary with
     * the settings the scenario gave it ({@code primary_slot_name} for a {@code slot: true}
     * standby, whose slot must exist on the primary for it to stream). The backup becomes the last
     * base backup too.
     */
    REBUILD_STANDBY("rebuild-standby", Target.SERVER,
            "replace a standby's data with a fresh base backup of the primary and start it streaming (pg_basebackup -R)"),
    /**
     * Points the pooler at another server (its {@code [databases]} and a reload), as an operator
     * repoints an application's write endpoint after a failover: clients keep the pooler's address.
     */
    REPOINT_POOLER("repoint-pooler", Target.SERVER, "point the pooler (the application's endpoint) at another server"),
    /**
     * Sets one of the scenario's configuration choices ({@code choices:}) to one of its options,
     * in the file it edits; {@code reload-config} applies it ({@link TopologySandbox#choose}).
     */
    CHOOSE("choose", Target.CHOICE, "set one of this scenario's configuration choices (then reload-config)");

    /** What an action names. */
    public enum Target { SERVER, SERVER_OR_POOLER, CHOICE }

    private final String command;
    private final Target target;
    private final String description;

    OperatorAction(String command, Target target, String description) {
        this.command = command;
        this.target = target;
        this.description = description;
    }

    /** As typed after {@code :action}, e.g. {@code stop-server}. */
    public String command() {
        return command;
    }

    public Target target() {
        return target;
    }

    /** One line for {@code :action}'s list. */
    public String description() {
        return description;
    }

    public static Optional<OperatorAction> byCommand(String command) {
        return Arrays.stream(values()).filter(a -> a.command.equals(command)).findFirst();
    }
}
