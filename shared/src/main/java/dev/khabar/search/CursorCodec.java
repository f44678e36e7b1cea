package dev.khabar.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.errors.InvalidInputException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque paging cursor: the point in time, the last hit's sort values and a fingerprint of the
 * search it belongs to, signed with HMAC-SHA256 so a forged or edited cursor is refused before it
 * reaches the index.
 */
public final class CursorCodec {
    static final int MAX_CHARS = 4_096;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private final byte[] secret;
    private final ObjectMapper json;

    public CursorCodec(byte[] secret, ObjectMapper json) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("cursor secret must be at least 16 bytes");
        }
        this.secret = secret.clone();
        this.json = json;
    }

    public record Cursor(String pit, List<Object> searchAfter, String fingerprint) {
    }

    public String encode(Cursor cursor) {
        ObjectNode node = json.createObjectNode();
        if (cursor.pit() != null) {
            node.put("p", cursor.pit());
        }
        node.set("a", json.valueToTree(cursor.searchAfter()));
        node.put("f", cursor.fingerprint());
        String payload = B64.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
        return payload + "." + B64.encodeToString(sign(payload));
    }

    public Cursor decode(String cursor, String expectedFingerprint) {
        if (cursor == null || cursor.length() > MAX_CHARS) {
            throw invalid();
        }
        int dot = cursor.indexOf('.');
        if (dot <= 0) {
            throw invalid();
        }
        String payload = cursor.substring(0, dot);
        byte[] signature;
        JsonNode node;
        try {
            signature = B64D.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                throw invalid();
            }
            node = json.readTree(B64D.decode(payload));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
        if (node == null || !node.path("a").isArray() || !expectedFingerprint.equals(node.path("f").asText())) {
            throw new InvalidInputException("invalid_cursor", "The cursor belongs to a different search; start again without it.");
        }
        List<Object> after = new ArrayList<>();
        for (JsonNode v : node.path("a")) {
            after.add(v.isIntegralNumber() ? (Object) v.asLong() : v.isNumber() ? (Object) v.asDouble() : v.asText());
        }
        return new Cursor(node.hasNonNull("p") ? node.get("p").asText() : null, after, node.path("f").asText());
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(full, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("invalid_cursor", "The cursor is not one this API issued.");
    }
}
