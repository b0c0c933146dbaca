package dev.ride.cli;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.GregorianCalendar;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What the first login of a new JVM needs and does not depend on the command line, loaded on a
 * thread of its own while picocli reads the arguments: the JDBC driver, the JCA providers and the
 * algorithms of a SCRAM login (run once, so that its 4,096 rounds of HMAC are compiled by the time
 * the real login needs them), and the calendar data pgjdbc reads when a connection opens (CLDR's,
 * about 30 ms on its own). Measured on `ride psql -c 'select 1'`, where these are a third of the
 * time after the JVM's own start. Only a speed-up: whatever it has not loaded yet, the login loads.
 */
final class ClientWarmUp {

    private ClientWarmUp() {
    }

    /** Starts the warm-up when the command will log into a server, and returns at once. */
    static void startFor(String... args) {
        if (args.length == 0 || !(args[0].equals("psql") || args[0].equals("postgres"))) {
            return;
        }
        Thread thread = new Thread(ClientWarmUp::run, "ride-client-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            Class.forName("org.postgresql.Driver");
            new GregorianCalendar().getTimeInMillis();
            MessageDigest.getInstance("SHA-256").digest(new byte[1]);
            Mac.getInstance("HmacSHA256");
            // SCRAM's salted password: 4,096 rounds of HMAC, 0.3-0.5 s the first time in a new JVM
            // (interpreted), a few ms once compiled; run on a made-up password so the login's are compiled
            SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec("warm-up".toCharArray(), new byte[16], 4096, 256)).getEncoded();
            new SecureRandom().nextBytes(new byte[18]);
        } catch (ReflectiveOperationException | java.security.GeneralSecurityException | RuntimeException e) {
            // only a speed-up: the login does the same work itself
        }
    }
}
