package dev.ride.shell.warm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The warm-up's backend: a socket on 127.0.0.1 at a free port that takes one connection and stops
 * listening at once, answered by {@link WarmUpProtocol} on a daemon thread. It lets in only the
 * random user it was made with, so a stranger who connects first in that moment is refused (and
 * the warm-up then warms less, nothing else).
 * <p>
 * Why a real socket and not one in memory: the JDK's socket path (its reads, the poll that waits
 * for the server's answer) is part of every statement's round trip. Warmed in memory, the first
 * 200 statements of a session still took 0.19-0.28 ms each where psql took 0.11-0.20; warmed over
 * a real socket, 0.13-0.19.
 */
final class LoopbackBackend implements AutoCloseable {

    private final ServerSocket listener;
    private final String user;
    /** The one connection, once taken: closed by {@link #close()} if it is still open. */
    private volatile Socket connection;

    LoopbackBackend() throws IOException {
        byte[] token = new byte[12];
        new SecureRandom().nextBytes(token);
        user = "ride-warm-up-" + HexFormat.of().formatHex(token);
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread serving = new Thread(this::serveOne, "ride-warm-up-backend");
        serving.setDaemon(true);
        serving.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The only user this backend lets in. */
    String user() {
        return user;
    }

    private void serveOne() {
        try (ServerSocket one = listener; Socket connection = one.accept()) {
            one.close();
            this.connection = connection;
            connection.setTcpNoDelay(true);
            WarmUpProtocol protocol = new WarmUpProtocol(user);
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                byte[] reply = protocol.answer(buffer, read);
                if (protocol.refused()) {
                    return;
                }
                if (reply.length > 0) {
                    out.write(reply);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the driver hung up or the warm-up was given up: nothing is left to serve
        }
    }

    /**
     * Stops serving: the listener and the connection close, so that neither the backend's thread
     * nor the warm-up's stays blocked in a socket call. A JVM that exits waits up to 0.3 s for its
     * threads in native calls: a script that ended before its warm-up took that much longer.
     */
    @Override
    public void close() {
        closeQuietly(listener);
        Socket taken = connection;
        if (taken != null) {
            closeQuietly(taken);
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closed already
        }
    }
}
