package dev.khabar.ingest;

/**
 * Deterministic ids: from the canonical URL when there is one, else from the content fingerprint, so
 * every retry of the same input lands on the same S3 keys, DynamoDB item and index document.
 */
public final class ArticleIdentity {
    private static final int ID_HEX_CHARS = 16;

    public String idFor(String canonicalUrl, String contentHash) {
        String basis = canonicalUrl != null ? "url\n" + canonicalUrl : "text\n" + contentHash;
        return ContentFingerprint.sha256Hex(basis).substring(0, ID_HEX_CHARS);
    }

    public static boolean isWellFormed(String id) {
        if (id == null || id.length() != ID_HEX_CHARS) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
