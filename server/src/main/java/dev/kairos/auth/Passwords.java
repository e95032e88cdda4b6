package dev.kairos.auth;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Password hashing with bcrypt. */
public final class Passwords {

    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(10);
    /** A hash of nothing anyone knows, checked against when the login is unknown so timing tells nothing. */
    private static final String DECOY = ENCODER.encode("kairos-decoy-password");

    private Passwords() {}

    public static String hash(String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("a password has at least 8 characters");
        }
        return ENCODER.encode(password);
    }

    public static boolean matches(String password, String hash) {
        return password != null && ENCODER.matches(password, hash == null ? DECOY : hash);
    }
}
