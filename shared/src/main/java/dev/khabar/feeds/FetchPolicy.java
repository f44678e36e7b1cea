package dev.khabar.feeds;

import java.time.Duration;

/** How politely and how far the fetcher goes. */
public record FetchPolicy(String userAgent, Duration connectTimeout, Duration requestTimeout, int maxFeedBytes,
                          int maxPageBytes, int maxRedirects, Duration perHostInterval, int maxNewItemsPerRun,
                          AddressPolicy addresses) {

    public static FetchPolicy defaults() {
        return new FetchPolicy("KhabarBot/0.1 (+news archive; polite: one request per host per second)",
                Duration.ofSeconds(5), Duration.ofSeconds(15), 5_000_000, 3_000_000, 5, Duration.ofSeconds(1), 50,
                AddressPolicy.publicOnly());
    }

    public FetchPolicy with(AddressPolicy policy, Duration hostInterval) {
        return new FetchPolicy(userAgent, connectTimeout, requestTimeout, maxFeedBytes, maxPageBytes, maxRedirects,
                hostInterval, maxNewItemsPerRun, policy);
    }
}
