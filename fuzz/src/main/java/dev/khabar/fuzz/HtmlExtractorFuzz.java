package dev.khabar.fuzz;

import dev.khabar.aws.JsonMappers;
import dev.khabar.ingest.HtmlArticleExtractor;

import java.nio.charset.StandardCharsets;

/** Any saved page: an article with a body, or a 4xx. */
public final class HtmlExtractorFuzz {
    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor(JsonMappers.create());

    private HtmlExtractorFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        String html = new String(data, StandardCharsets.UTF_8);
        Expected.run(() -> EXTRACTOR.extract(html, "https://news.example.org/a/1"));
    }
}
