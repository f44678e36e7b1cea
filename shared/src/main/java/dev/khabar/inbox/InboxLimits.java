package dev.khabar.inbox;

/**
 * Bounds on what one inbox file may make the function hold or do. A JSONL line is one article, so
 * its cap follows the article limit; a zip entry is streamed, so its cap only stops zip bombs.
 */
public record InboxLimits(int maxFileBytes, int maxLineBytes, long maxEntryBytes, int maxZipEntries, int batchSize,
                          int progressEvery) {

    public static InboxLimits defaults() {
        return new InboxLimits(5_000_000, 2_100_000, 1_000_000_000L, 100_000, 250, 4);
    }
}
