package dev.ride.sandbox;

import java.security.SecureRandom;
import java.util.Base64;

/** A sandbox's password: new for every run, URL-safe so it fits in a connection string as is. */
public final class Passwords {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** 144 random bits, 24 URL-safe characters. */
    public static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
