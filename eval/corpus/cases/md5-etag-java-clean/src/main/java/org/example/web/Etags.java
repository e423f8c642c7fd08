package org.example.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

public final class Etags {
    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(12);

    private Etags() {}

    /** A cache validator for a public asset's bytes: not a security control. */
    public static String etagOf(byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return '"' + HexFormat.of().formatHex(md.digest(body)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hashPassword(String password) {
        return ENCODER.encode(password);
    }
}
