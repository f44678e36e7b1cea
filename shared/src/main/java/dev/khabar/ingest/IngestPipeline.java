package dev.khabar.ingest;

import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.model.Article;
import dev.khabar.model.ArticleInput;
import dev.khabar.model.ArticleRecord;
import dev.khabar.model.IndexState;
import dev.khabar.store.ArticleArchive;
import dev.khabar.store.ArticleRecords;
import dev.khabar.store.SearchIndex;
import dev.khabar.understand.Analysis;
import dev.khabar.understand.ArticleAnalyzer;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The one ingest path behind every door. Order matters: archive first, then the record, then the
 * derived index, so a failure at any step leaves nothing half-done that looks done, and a retry with
 * the same input converges on the same state.
 */
public final class IngestPipeline {
    private final ArticleValidator validator;
    private final UrlCanonicalizer urls;
    private final ContentFingerprint fingerprints;
    private final ArticleIdentity identity;
    private final ArticleAnalyzer analyzer;
    private final ArticleArchive archive;
    private final ArticleRecords records;
    private final SearchIndex index;
    private final Clock clock;

    public IngestPipeline(ArticleValidator validator, UrlCanonicalizer urls, ContentFingerprint fingerprints,
                          ArticleIdentity identity, ArticleAnalyzer analyzer, ArticleArchive archive,
                          ArticleRecords records, SearchIndex index, Clock clock) {
        this.validator = validator;
        this.urls = urls;
        this.fingerprints = fingerprints;
        this.identity = identity;
        this.analyzer = analyzer;
        this.archive = archive;
        this.records = records;
        this.index = index;
        this.clock = clock;
    }

    public IngestResult ingest(ArticleInput submitted, RawInput raw) {
        ArticleInput input = validator.validate(submitted);
        String canonicalUrl = urls.canonicalize(input.url());
        String contentHash = fingerprints.of(input.title(), input.body());
        String id = identity.idFor(canonicalUrl, contentHash);

        Optional<ArticleRecord> existing = records.get(id);
        if (existing.isPresent()) {
            return replay(existing.get());
        }

        Article article = enrich(id, input, canonicalUrl, contentHash);
        archive.putRaw(id, raw.bytes(), raw.contentType());
        archive.putEnriched(article);
        ArticleRecord record = new ArticleRecord(id, article.url(), article.title(), article.language(),
                article.published(), article.source(), contentHash, article.extractorVersion(), IndexState.PENDING,
                Instant.now(clock).toString(), null);
        if (!records.putIfAbsent(record)) {
            // Lost a race with an identical request: that one owns the record and the indexing.
            return replay(records.get(id).orElse(record));
        }
        return new IngestResult(article, true, indexNow(article));
    }

    /** A repeat of an article we already hold: nothing new is written, but a pending index is repaired. */
    private IngestResult replay(ArticleRecord record) {
        Article article = archive.getEnriched(record.id())
                .orElseThrow(() -> new DependencyUnavailableException("archive", null));
        IndexState state = record.indexState() == IndexState.INDEXED ? IndexState.INDEXED : indexNow(article);
        return new IngestResult(article, false, state);
    }

    private IndexState indexNow(Article article) {
        try {
            index.index(article);
        } catch (DependencyUnavailableException e) {
            // The record already says PENDING; the pending repair or a retry will index it.
            return IndexState.PENDING;
        }
        records.updateIndexState(article.id(), IndexState.INDEXED);
        return IndexState.INDEXED;
    }

    private Article enrich(String id, ArticleInput input, String canonicalUrl, String contentHash) {
        Analysis analysis = analyzer.analyze(input);
        String url = canonicalUrl == null ? null : input.url();
        String source = input.source() != null ? input.source() : hostOf(canonicalUrl);
        return new Article(id, input.title(), input.body(), url, source, analysis.language(), analysis.published(),
                analysis.publishedSource(), contentHash, analysis.entities(), analysis.dates(), analyzer.version());
    }

    private static String hostOf(String canonicalUrl) {
        return canonicalUrl == null ? null : URI.create(canonicalUrl).getHost();
    }
}
