package dev.khabar.local;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * On AWS, write routes need IAM (SigV4) auth. Locally, loopback is trusted; a front bound to any
 * other address requires an API key on every write, so a laptop on a café network is not an open archive.
 */
public final class WriteGuard {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private final byte[] key;

    private WriteGuard(String key) {
        this.key = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    public static WriteGuard open() {
        return new WriteGuard(null);
    }

    /** @throws IllegalStateException when bound beyond loopback without a key of at least 16 characters */
    public static WriteGuard forBinding(String host, String apiKey) throws UnknownHostException {
        boolean loopback = InetAddress.getByName(host).isLoopbackAddress();
        if (loopback) {
            return apiKey == null || apiKey.isBlank() ? open() : new WriteGuard(apiKey);
        }
        if (apiKey == null || apiKey.length() < 16) {
            throw new IllegalStateException("KHABAR_HOST=" + host + " is not loopback: set KHABAR_API_KEY (16+ characters) to protect write routes");
        }
        return new WriteGuard(apiKey);
    }

    public boolean allows(String method, String presentedKey) {
        if (key == null || !WRITES.contains(method)) {
            return true;
        }
        return presentedKey != null && MessageDigest.isEqual(key, presentedKey.getBytes(StandardCharsets.UTF_8));
    }
}
