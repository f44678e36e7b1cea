package dev.khabar.aws;

import dev.khabar.feeds.FeedPoller;
import dev.khabar.feeds.FeedService;
import dev.khabar.inbox.InboxProcessor;
import dev.khabar.reindex.Reindexer;

/**
 * What the doors other than POST /articles use (S3 inbox, feeds, reindex), on top of the shared
 * services. Each is built when first asked for: the feeds API, for one, never builds the pipeline.
 */
public final class Doors {
    private final Services services;
    private final Lazy<InboxProcessor> inbox;
    private final Lazy<Reindexer> reindexer;
    private final Lazy<FeedService> feeds;
    private final Lazy<FeedPoller> feedPoller;

    public Doors(Services services, Lazy<InboxProcessor> inbox, Lazy<Reindexer> reindexer, Lazy<FeedService> feeds,
                 Lazy<FeedPoller> feedPoller) {
        this.services = services;
        this.inbox = inbox;
        this.reindexer = reindexer;
        this.feeds = feeds;
        this.feedPoller = feedPoller;
    }

    public Services services() {
        return services;
    }

    public InboxProcessor inbox() {
        return inbox.get();
    }

    public Reindexer reindexer() {
        return reindexer.get();
    }

    public FeedService feeds() {
        return feeds.get();
    }

    public FeedPoller feedPoller() {
        return feedPoller.get();
    }
}
