package dev.ride.sandbox;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;

/**
 * The first login's CPU work, done on a thread of its own while Docker creates and starts the
 * container. In a new JVM the first pgjdbc login loads and verifies the driver's classes and the
 * JCA providers and runs SCRAM's 4,096 rounds of HMAC in the interpreter; measured as part of
 * "ready, login" it was a few hundred milliseconds that the container's start could hide.
 * So pgjdbc logs in, once, to a stand-in server in this JVM on 127.0.0.1 that speaks just enough
 * of the protocol (no TLS, SCRAM-SHA-256 with a random salt) to take the client's proof, and then
 * refuses it, as a wrong password would. Nothing leaves the machine; nothing waits for it: a real
 * login that comes first simply does the work itself.
 */
public final class LoginWarmUp {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;
    private static final int SCRAM_ITERATIONS = 4096;

    private LoginWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static void start() {
        Thread t = new Thread(LoginWarmUp::run, "ride-login-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Only the part of a first login that a JVM does once, on a daemon thread: finding SCRAM's
     * algorithms among the JCA providers (loading and registering them: about 100 ms of a cold
     * start) and seeding the nonce's random source. Nothing is done twice, so it costs no CPU; a
     * client that logs in at once ({@code ride psql -c}) has it ready by the time the server's
     * salt arrives, where {@link #start} would spend a second login's rounds of HMAC.
     */
    public static void startCryptography() {
        Thread t = new Thread(() -> {
            try {
                javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
                javax.crypto.Mac.getInstance("HmacSHA256");
                java.security.MessageDigest.getInstance("SHA-256");
                new SecureRandom().nextBytes(new byte[1]);
            } catch (java.security.GeneralSecurityException | RuntimeException e) {
                // only a speed-up: the login looks them up itself
            }
        }, "ride-login-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(5_000);
            Thread stand = new Thread(() -> serve(server), "ride-login-warm-up-server");
            stand.setDaemon(true);
            stand.start();
            Properties login = new Properties();
            login.setProperty("user", "ride");
            login.setProperty("password", Base64.getEncoder().encodeToString(randomBytes(18)));
            login.setProperty("connectTimeout", "2");
            login.setProperty("ApplicationName", "ride-readiness");
            try {
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/postgres", login).close();
            } catch (SQLException refused) {
                // what it is for: the stand-in refuses every proof
            }
        } catch (IOException | RuntimeException e) {
            // only a speed-up: the real login does the work itself
        }
    }

    /** Answers logins until the socket is closed: each one gets as far as the client's proof. */
    private static void serve(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(5_000);
                client.setTcpNoDelay(true);
                answer(new DataInputStream(client.getInputStream()), new DataOutputStream(client.getOutputStream()));
            } catch (IOException | RuntimeException e) {
                return;
            }
        }
    }

    private static void answer(DataInputStream in, DataOutputStream out) throws IOException {
        // requests for TLS or GSS encryption are declined; then comes the startup packet
        while (true) {
            int length = in.readInt();
            int code = in.readInt();
            in.readNBytes(length - 8);
            if (code != SSL_REQUEST && code != GSS_REQUEST) {
                break;
            }
            out.writeByte('N');
            out.flush();
        }
        byte[] mechanism = "SCRAM-SHA-256\0\0".getBytes(StandardCharsets.US_ASCII);
        out.writeByte('R');
        out.writeInt(8 + mechanism.length);
        out.writeInt(10);
        out.write(mechanism);
        out.flush();
        String clientFirst = new String(message(in, 'p'), StandardCharsets.UTF_8);
        int nonceAt = clientFirst.indexOf(",r=");
        String clientNonce = nonceAt < 0 ? "" : clientFirst.substring(nonceAt + 3).split(",", 2)[0].trim();
        byte[] serverFirst = ("r=" + clientNonce + Base64.getEncoder().encodeToString(randomBytes(18))
                + ",s=" + Base64.getEncoder().encodeToString(randomBytes(16)) + ",i=" + SCRAM_ITERATIONS)
                .getBytes(StandardCharsets.US_ASCII);
        out.writeByte('R');
        out.writeInt(8 + serverFirst.length);
        out.writeInt(11);
        out.write(serverFirst);
        out.flush();
        message(in, 'p'); // the client's proof: its salted password is computed
        byte[] error = ("SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user \"ride\"\0\0")
                .getBytes(StandardCharsets.US_ASCII);
        out.writeByte('E');
        out.writeInt(4 + error.length);
        out.write(error);
        out.flush();
    }

    /** The body of the client's next message, which must be of {@code type}. */
    private static byte[] message(DataInputStream in, char type) throws IOException {
        int got = in.readUnsignedByte();
        if (got != type) {
            throw new IOException("unexpected message " + (char) got);
        }
        return in.readNBytes(in.readInt() - 4);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
