package dev.khabar.ingest;

import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.errors.KhabarException;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one ingest path behind every door. Order matters: archive first, then the record, then the
 * derived index, so a failure at any step leaves nothing half-done that looks done, and a retry with
 * the same input converges on the same state. Bulk ingest keeps that order per article and only
 * groups the index writes.
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
    private final Parallel parallel;

    public IngestPipeline(ArticleValidator validator, UrlCanonicalizer urls, ContentFingerprint fingerprints,
                          ArticleIdentity identity, ArticleAnalyzer analyzer, ArticleArchive archive,
                          ArticleRecords records, SearchIndex index, Clock clock) {
        this(validator, urls, fingerprints, identity, analyzer, archive, records, index, clock, Parallel.sequential());
    }

    public IngestPipeline(ArticleValidator validator, UrlCanonicalizer urls, ContentFingerprint fingerprints,
                          ArticleIdentity identity, ArticleAnalyzer analyzer, ArticleArchive archive,
                          ArticleRecords records, SearchIndex index, Clock clock, Parallel parallel) {
        this.validator = validator;
        this.urls = urls;
        this.fingerprints = fingerprints;
        this.identity = identity;
        this.analyzer = analyzer;
        this.archive = archive;
        this.records = records;
        this.index = index;
        this.clock = clock;
        this.parallel = parallel;
    }

    /** An input that passed validation, with the id and fingerprint everything else keys on. */
    private record Prepared(ArticleInput input, RawInput raw, String canonicalUrl, String contentHash, String id) {
    }

    /** An outcome, with the record this call created (null when it created none). */
    private record Recorded(IngestOutcome outcome, ArticleRecord created) {
    }

    public IngestResult ingest(ArticleInput submitted, RawInput raw) {
        Prepared p = prepare(submitted, raw);
        IngestOutcome outcome = archiveAndRecord(p, records.get(p.id())).outcome();
        if (outcome.status() == IngestOutcome.Status.CREATED || outcome.indexState() == IndexState.PENDING) {
            outcome = outcome.withIndexState(indexNow(outcome.article()));
        }
        return new IngestResult(outcome.article(), outcome.status() == IngestOutcome.Status.CREATED,
                outcome.indexState(), outcome.duplicateOf());
    }

    /**
     * Ingests many articles: each is validated, archived and recorded on its own (bad items are
     * rejected, the rest go on), then the new ones are indexed with as few requests as possible.
     * Outcomes come back in the order of the submissions.
     */
    public List<IngestOutcome> ingestAll(List<Submission> submissions) {
        IngestOutcome[] outcomes = new IngestOutcome[submissions.size()];
        Map<Integer, Prepared> firsts = new LinkedHashMap<>();
        Map<Integer, Prepared> repeats = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < submissions.size(); i++) {
            try {
                Prepared p = prepare(submissions.get(i).input(), submissions.get(i).raw());
                // A repeat inside the batch must see the first one's record, so it waits for the second round.
                boolean first = ids.add(p.id()) & hashes.add(p.contentHash());
                (first ? firsts : repeats).put(i, p);
            } catch (KhabarException e) {
                if (e.status() >= 500) {
                    throw e;
                }
                outcomes[i] = IngestOutcome.rejected(e.code(), e.getMessage());
            }
        }
        List<Article> toIndex = new ArrayList<>();
        Map<String, ArticleRecord> created = new HashMap<>();
        Set<String> queued = new HashSet<>();
        for (Map<Integer, Prepared> round : List.of(firsts, repeats)) {
            List<Integer> positions = new ArrayList<>(round.keySet());
            // One batched read says which articles are already recorded, instead of a read per article.
            Map<String, ArticleRecord> known = records.getAll(round.values().stream().map(Prepared::id).toList());
            List<Recorded> done = parallel.map(positions, pos -> archiveAndRecord(round.get(pos),
                    Optional.ofNullable(known.get(round.get(pos).id()))));
            for (int k = 0; k < positions.size(); k++) {
                IngestOutcome o = done.get(k).outcome();
                outcomes[positions.get(k)] = o;
                if (o.indexState() == IndexState.PENDING && queued.add(o.id())) {
                    toIndex.add(o.article());
                    if (done.get(k).created() != null) {
                        created.put(o.id(), done.get(k).created());
                    }
                }
            }
        }
        Set<String> indexed = indexBatch(toIndex, created);
        List<IngestOutcome> result = new ArrayList<>(outcomes.length);
        for (IngestOutcome o : outcomes) {
            result.add(o.indexState() == IndexState.PENDING && indexed.contains(o.id()) ? o.withIndexState(IndexState.INDEXED) : o);
        }
        return result;
    }

    /** Runs the analysis again on an archived article's input; the id, archive keys and record stay. */
    public Article reanalyze(ArticleRecord record, ArticleInput submitted) {
        ArticleInput input = validator.validate(submitted);
        Article article = enrich(record.id(), input, urls.canonicalize(input.url()), record.contentHash());
        archive.putEnriched(article);
        records.updateExtraction(new ArticleRecord(record.id(), record.url(), article.title(), article.language(),
                article.published(), record.source(), record.contentHash(), article.extractorVersion(),
                record.indexState(), record.ingestedAt(), record.duplicateOf()));
        return article;
    }

    /** Indexes articles already archived and recorded, and marks them INDEXED; returns the ids that made it. */
    public Set<String> indexBatch(List<Article> articles) {
        return indexBatch(articles, Map.of());
    }

    /** @param created records this call wrote, which are marked INDEXED in batches without a read */
    private Set<String> indexBatch(List<Article> articles, Map<String, ArticleRecord> created) {
        if (articles.isEmpty()) {
            return Set.of();
        }
        Set<String> failed;
        try {
            failed = index.indexAll(articles);
        } catch (DependencyUnavailableException e) {
            // Records already say PENDING; the pending repair or a retry indexes them.
            return Set.of();
        }
        List<Article> succeeded = articles.stream().filter(a -> !failed.contains(a.id())).toList();
        records.markIndexed(succeeded.stream().map(a -> created.get(a.id())).filter(java.util.Objects::nonNull).toList());
        parallel.map(succeeded.stream().filter(a -> !created.containsKey(a.id())).toList(), a -> {
            records.updateIndexState(a.id(), IndexState.INDEXED);
            return a.id();
        });
        Set<String> ids = new HashSet<>();
        succeeded.forEach(a -> ids.add(a.id()));
        return ids;
    }

    public String analyzerVersion() {
        return analyzer.version();
    }

    private Prepared prepare(ArticleInput submitted, RawInput raw) {
        ArticleInput input = validator.validate(submitted);
        String canonicalUrl = urls.canonicalize(input.url());
        String contentHash = fingerprints.of(input.title(), input.body());
        return new Prepared(input, raw, canonicalUrl, contentHash, identity.idFor(canonicalUrl, contentHash));
    }

    /**
     * Archive then record; the outcome says PENDING when the caller still has to index the article.
     * The same id already recorded is a replay (nothing new written); the same text under another id
     * is archived and recorded as a duplicate of the first, and never indexed.
     */
    private Recorded archiveAndRecord(Prepared p, Optional<ArticleRecord> existing) {
        if (existing.isPresent()) {
            return new Recorded(replay(existing.get()), null);
        }
        return archiveAndRecordNew(p, enrich(p.id(), p.input(), p.canonicalUrl(), p.contentHash()));
    }

    private Recorded archiveAndRecordNew(Prepared p, Article article) {
        String original = records.claimContent(p.contentHash(), p.id()).orElse(null);
        archive.putRaw(p.id(), p.raw().bytes(), p.raw().contentType());
        archive.putEnriched(article);
        IndexState state = original == null ? IndexState.PENDING : IndexState.SKIPPED;
        ArticleRecord record = new ArticleRecord(p.id(), article.url(), article.title(), article.language(),
                article.published(), article.source(), p.contentHash(), article.extractorVersion(), state,
                Instant.now(clock).toString(), original);
        if (!records.putIfAbsent(record)) {
            // Lost a race with an identical request: that one owns the record and the indexing.
            return new Recorded(replay(records.get(p.id()).orElse(record)), null);
        }
        return original == null ? new Recorded(IngestOutcome.created(article, IndexState.PENDING), record)
                : new Recorded(IngestOutcome.duplicate(p.id(), original, IndexState.SKIPPED, article), record);
    }

    /** A repeat of an article we already hold: nothing new is written, but a pending index is repaired. */
    private IngestOutcome replay(ArticleRecord record) {
        Article article = archive.getEnriched(record.id())
                .orElseThrow(() -> new DependencyUnavailableException("archive", null));
        return IngestOutcome.duplicate(record.id(), record.duplicateOf(), record.indexState(), article);
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
