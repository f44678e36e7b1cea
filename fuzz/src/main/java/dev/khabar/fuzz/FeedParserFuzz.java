package dev.khabar.fuzz;

import dev.khabar.aws.JsonMappers;
import dev.khabar.feeds.FeedParser;

/** Any bytes as a feed (RSS, Atom, JSON Feed, or hostile XML): items, or a 4xx. */
public final class FeedParserFuzz {
    private static final FeedParser PARSER = new FeedParser(JsonMappers.create());

    private FeedParserFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        Expected.run(() -> PARSER.parse(data));
    }
}
