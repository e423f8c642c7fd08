package org.example.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class PasswordStore {
    private final UserRepository users;

    public PasswordStore(UserRepository users) {
        this.users = users;
    }

    public void setPassword(long userId, String password) {
        users.updatePasswordHash(userId, hash(password));
    }

    public boolean check(long userId, String password) {
        return users.passwordHash(userId).equals(hash(password));
    }

    private static String hash(String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
