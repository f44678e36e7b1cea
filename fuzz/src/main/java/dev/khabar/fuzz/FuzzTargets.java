package dev.khabar.fuzz;

import java.util.List;

/** Every fuzz target, in the order `./khabar fuzz` runs them. */
public final class FuzzTargets {
    private FuzzTargets() {
    }

    public static List<Class<?>> all() {
        return List.of(RawTextFuzz.class, ArticleRequestFuzz.class, UrlCanonicalizerFuzz.class, DatelineFuzz.class,
                DateMentionFuzz.class, QueryParserFuzz.class, FeedParserFuzz.class, HtmlExtractorFuzz.class);
    }
}
