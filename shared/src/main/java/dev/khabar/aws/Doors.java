package dev.khabar.aws;

import dev.khabar.feeds.FeedPoller;
import dev.khabar.feeds.FeedService;
import dev.khabar.inbox.InboxProcessor;
import dev.khabar.reindex.Reindexer;

/** What the doors other than POST /articles use (S3 inbox, feeds, reindex), on top of the shared services. */
public record Doors(Services services, InboxProcessor inbox, Reindexer reindexer, FeedService feeds, FeedPoller feedPoller) {
}
