package dev.khabar.aws;

import dev.khabar.inbox.InboxProcessor;
import dev.khabar.reindex.Reindexer;

/** What the non-HTTP doors (the S3 inbox, the reindex) use, on top of the shared services. */
public record Doors(Services services, InboxProcessor inbox, Reindexer reindexer) {
}
