package dev.khabar.model;

/**
 * A feed the scheduler polls, with its state: the validators for conditional GET, when it last ran,
 * how that went, and running totals.
 */
public record Feed(String id, String url, String title, String createdAt, String etag, String lastModified,
                   String lastRunAt, String lastStatus, String lastError, long runs, long itemsSeen,
                   long articlesCreated, long errors) {

    public static Feed create(String id, String url, String title, String createdAt) {
        return new Feed(id, url, title, createdAt, null, null, null, "new", null, 0, 0, 0, 0);
    }

    public Feed afterRun(String etag, String lastModified, String at, String status, String error, long newItems,
                         long created, long failures) {
        return new Feed(id, url, title, createdAt, etag, lastModified, at, status, error, runs + 1, itemsSeen + newItems,
                articlesCreated + created, errors + failures);
    }
}
