package dev.khabar.inbox;

/**
 * Where an inbox file's outputs go. Nothing is ever written under {@code inbox/}: the bucket's
 * notification listens there, and a write of ours would trigger the function again.
 */
public final class InboxKeys {
    public static final String INBOX = "inbox/";
    public static final String PROCESSED = "processed/";
    public static final String REJECTED = "rejected/";

    private InboxKeys() {
    }

    public static boolean isInbox(String key) {
        return key.startsWith(INBOX) && !key.endsWith("/");
    }

    /** The file's path below {@code inbox/}. */
    public static String relative(String key) {
        return key.substring(INBOX.length());
    }

    public static String processed(String key) {
        return PROCESSED + relative(key);
    }

    public static String report(String key) {
        return PROCESSED + relative(key) + ".report.json";
    }

    public static String progress(String key) {
        return PROCESSED + relative(key) + ".progress.json";
    }

    /** @param part a line ("line-42") or a zip entry name, or null for the whole file */
    public static String rejected(String key, String part) {
        return REJECTED + relative(key) + (part == null ? "" : "." + safe(part));
    }

    public static String reason(String rejectedKey) {
        return rejectedKey + ".reason.json";
    }

    /** Zip entry names are untrusted: no climbing out of the prefix, no empty segments. */
    static String safe(String part) {
        return part.replace('\\', '/').replaceAll("(^|/)\\.\\.?(?=/|$)", "$1_").replaceAll("/+", "/")
                .replaceAll("^/", "").replaceAll("[\\p{Cntrl}]", "_");
    }
}
