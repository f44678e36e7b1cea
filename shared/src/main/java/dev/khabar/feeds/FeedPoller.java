package dev.khabar.feeds;

import dev.khabar.errors.KhabarException;
import dev.khabar.ingest.HtmlArticleExtractor;
import dev.khabar.ingest.IngestOutcome;
import dev.khabar.ingest.IngestPipeline;
import dev.khabar.ingest.RawInput;
import dev.khabar.ingest.Submission;
import dev.khabar.model.ArticleInput;
import dev.khabar.model.Feed;
import dev.khabar.store.FeedStore;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scheduled run over every feed: a conditional GET of the feed (nothing more happens on 304), then
 * for each item not taken before, its page is fetched and its main text extracted, and the new
 * articles go through the shared pipeline together. Each feed's state records how the run went.
 */
public final class FeedPoller {
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9_.:-]+)");
    private final FeedStore feeds;
    private final SafeFetcher fetcher;
    private final FeedParser parser;
    private final HtmlArticleExtractor extractor;
    private final IngestPipeline pipeline;
    private final FetchPolicy policy;
    private final Clock clock;

    public FeedPoller(FeedStore feeds, SafeFetcher fetcher, FeedParser parser, HtmlArticleExtractor extractor,
                      IngestPipeline pipeline, FetchPolicy policy, Clock clock) {
        this.feeds = feeds;
        this.fetcher = fetcher;
        this.parser = parser;
        this.extractor = extractor;
        this.pipeline = pipeline;
        this.policy = policy;
        this.clock = clock;
    }

    /** What one feed's run did. */
    public record Run(String feedId, String status, int newItems, int pagesFetched, int created, int duplicates,
                      int failed, String error) {
    }

    public List<Run> pollAll() {
        List<Run> runs = new ArrayList<>();
        for (Feed feed : feeds.list()) {
            runs.add(poll(feed));
        }
        return runs;
    }

    public Run poll(Feed feed) {
        String now = Instant.now(clock).toString();
        SafeFetcher.Result fetched;
        List<FeedItem> items;
        try {
            fetched = fetcher.get(feed.url(), feed.etag(), feed.lastModified(), policy.maxFeedBytes());
            if (fetched.status() == 304) {
                feeds.saveState(feed.afterRun(feed.etag(), feed.lastModified(), now, "not_modified", null, 0, 0, 0));
                return new Run(feed.id(), "not_modified", 0, 0, 0, 0, 0, null);
            }
            items = parser.parse(fetched.body());
        } catch (FetchException e) {
            feeds.saveState(feed.afterRun(feed.etag(), feed.lastModified(), now, "error", e.code(), 0, 0, 1));
            return new Run(feed.id(), "error", 0, 0, 0, 0, 0, e.code());
        } catch (KhabarException e) {
            feeds.saveState(feed.afterRun(feed.etag(), feed.lastModified(), now, "error", e.code(), 0, 0, 1));
            return new Run(feed.id(), "error", 0, 0, 0, 0, 0, e.code());
        }

        List<Submission> submissions = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        int pages = 0;
        int failed = 0;
        String lastError = null;
        for (FeedItem item : items) {
            if (taken.size() >= policy.maxNewItemsPerRun()) {
                break;
            }
            String key = item.key();
            if (key == null || feeds.isSeen(feed.id(), key)) {
                continue;
            }
            try {
                pages++;
                submissions.add(fetchArticle(item, fetched));
                taken.add(key);
            } catch (FetchException e) {
                failed++;
                lastError = e.code();
                if (!e.retryable()) {
                    // A page that is gone or refused will not come back; a timeout may, next run.
                    feeds.markSeen(feed.id(), key);
                }
            } catch (KhabarException e) {
                failed++;
                lastError = e.code();
                feeds.markSeen(feed.id(), key);
            }
        }
        List<IngestOutcome> outcomes = pipeline.ingestAll(submissions);
        int created = 0;
        int duplicates = 0;
        for (IngestOutcome o : outcomes) {
            switch (o.status()) {
                case CREATED -> created++;
                case DUPLICATE -> duplicates++;
                case REJECTED -> {
                    failed++;
                    lastError = o.code();
                }
            }
        }
        taken.forEach(key -> feeds.markSeen(feed.id(), key));
        String status = failed == 0 ? "ok" : "partial";
        feeds.saveState(feed.afterRun(fetched.etag(), fetched.lastModified(), now, status, lastError, taken.size(), created, failed));
        return new Run(feed.id(), status, taken.size(), pages, created, duplicates, failed, lastError);
    }

    private Submission fetchArticle(FeedItem item, SafeFetcher.Result feedResponse) {
        if (item.url() == null) {
            throw new FetchException("no_link", "The item has no link.", false);
        }
        String link = feedResponse.finalUrl().resolve(item.url()).toString();
        SafeFetcher.Result page = fetcher.get(link, null, null, policy.maxPageBytes());
        String html = new String(page.body(), charsetOf(page.contentType()));
        ArticleInput found = extractor.extract(html, page.finalUrl().toString());
        ArticleInput input = new ArticleInput(found.title() != null ? found.title() : item.title(), found.body(),
                found.url() != null ? found.url() : link, found.published() != null ? found.published() : item.published(),
                found.language(), found.source());
        // Archived as UTF-8 whatever the page's charset, so re-extraction reads it back the same way.
        return new Submission(input, new RawInput(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", "feed"));
    }

    private static Charset charsetOf(String contentType) {
        if (contentType != null) {
            Matcher m = CHARSET.matcher(contentType.toLowerCase(Locale.ROOT));
            if (m.find()) {
                try {
                    return Charset.forName(m.group(1));
                } catch (RuntimeException ignored) {
                    // Unknown charset name: fall back to UTF-8.
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
