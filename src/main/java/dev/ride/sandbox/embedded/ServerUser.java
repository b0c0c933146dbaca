package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.ride.sandbox.Proc;

/**
 * The user the PostgreSQL server runs as. initdb and postgres refuse to run as root, and a root
 * server would let a superuser read any host file, so as root ride drops to nobody (65534) with
 * {@code setpriv}, which execs in place and therefore passes signals straight to the server.
 *
 * @param dropsPrivileges true when ride runs as root
 * @param uid             the server's uid when dropping privileges
 * @param gid             the server's gid when dropping privileges
 */
record ServerUser(boolean dropsPrivileges, int uid, int gid) {

    static final int NOBODY = 65534;

    static ServerUser current() {
        return Proc.currentUid() == 0 ? new ServerUser(true, NOBODY, NOBODY) : new ServerUser(false, Proc.currentUid(), -1);
    }

    /** {@code command}, run as this user. */
    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>();
        if (dropsPrivileges) {
            wrapped.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups"));
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives {@code path} (not recursively) to this user, so the server can write there. */
    void own(Path path) throws IOException {
        if (dropsPrivileges) {
            Files.setAttribute(path, "unix:uid", uid);
            Files.setAttribute(path, "unix:gid", gid);
        }
    }
}
