package dev.khabar.ingest;

import dev.khabar.ingest.RawInput;
import dev.khabar.model.Article;
import dev.khabar.model.ArticleRecord;
import dev.khabar.model.IndexState;
import dev.khabar.search.IndexPage;
import dev.khabar.search.SearchQuery;
import dev.khabar.store.ArticleArchive;
import dev.khabar.store.ArticleRecords;
import dev.khabar.store.InboxFiles;
import dev.khabar.store.SearchIndex;
import dev.khabar.understand.BasicArticleAnalyzer;
import dev.khabar.understand.ScriptLanguageDetector;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The ports in memory, for logic and handler tests (the ITs use the real servers). */
public final class InMemoryStores implements ArticleArchive, ArticleRecords, SearchIndex, InboxFiles {
    public final Map<String, RawInput> raw = new ConcurrentHashMap<>();
    public final Map<String, Article> enriched = new ConcurrentHashMap<>();
    public final Map<String, ArticleRecord> records = new ConcurrentHashMap<>();
    private final Map<String, String> claims = new ConcurrentHashMap<>();
    public final Map<String, Article> indexed = new ConcurrentHashMap<>();
    public final Map<String, byte[]> files = new TreeMap<>();
    public final AtomicInteger indexRequests = new AtomicInteger();
    public boolean indexDown;

    public IngestPipeline pipeline() {
        return new IngestPipeline(new ArticleValidator(IngestLimits.defaults()), new UrlCanonicalizer(), new ContentFingerprint(),
                new ArticleIdentity(), new BasicArticleAnalyzer(new ScriptLanguageDetector()), this, this, this,
                Clock.fixed(Instant.parse("2026-06-07T12:00:00Z"), ZoneOffset.UTC));
    }

    @Override
    public void putRaw(String id, byte[] bytes, String contentType) {
        raw.put(id, new RawInput(bytes, contentType, null));
    }

    @Override
    public void putEnriched(Article article) {
        enriched.put(article.id(), article);
    }

    @Override
    public Optional<Article> getEnriched(String id) {
        return Optional.ofNullable(enriched.get(id));
    }

    @Override
    public Optional<RawInput> getRaw(String id) {
        return Optional.ofNullable(raw.get(id));
    }

    @Override
    public void forEachEnrichedId(Consumer<String> action) {
        new TreeMap<>(enriched).keySet().forEach(action);
    }

    @Override
    public synchronized boolean putIfAbsent(ArticleRecord record) {
        return records.putIfAbsent(record.id(), record) == null;
    }

    @Override
    public Optional<ArticleRecord> get(String id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public void updateIndexState(String id, IndexState state) {
        records.computeIfPresent(id, (k, r) -> r.withIndexState(state));
    }

    @Override
    public Optional<String> claimContent(String contentHash, String id) {
        String owner = claims.putIfAbsent(contentHash, id);
        return owner == null || owner.equals(id) ? Optional.empty() : Optional.of(owner);
    }

    @Override
    public List<String> pendingIds(int limit) {
        return new ArrayList<>(records.values().stream().filter(r -> r.indexState() == IndexState.PENDING)
                .map(ArticleRecord::id).sorted().limit(limit).toList());
    }

    @Override
    public void forEach(Consumer<ArticleRecord> action) {
        new TreeMap<>(records).values().forEach(action);
    }

    @Override
    public void updateExtraction(ArticleRecord record) {
        records.put(record.id(), record);
    }

    @Override
    public void index(Article article) {
        indexAll(List.of(article));
    }

    @Override
    public Set<String> indexAll(List<Article> articles) {
        if (indexDown) {
            throw new dev.khabar.errors.DependencyUnavailableException("search", null);
        }
        indexRequests.incrementAndGet();
        articles.forEach(a -> indexed.put(a.id(), a));
        return new HashSet<>();
    }

    @Override
    public IndexPage search(SearchQuery query) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public Timeline timeline(SearchQuery query, String interval) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public String openPointInTime() {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public Map<String, Long> entityCounts(java.util.Collection<String> ids) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public EntityStats entityStats(String id) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public synchronized InputStream open(String key) {
        byte[] bytes = files.get(key);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public synchronized void put(String key, byte[] bytes, String contentType) {
        files.put(key, bytes);
    }

    @Override
    public synchronized void move(String from, String to) {
        files.put(to, files.remove(from));
    }

    @Override
    public synchronized List<String> list(String prefix, int max) {
        return files.keySet().stream().filter(k -> k.startsWith(prefix)).limit(max).toList();
    }

    @Override
    public synchronized byte[] readIfPresent(String key) {
        return files.get(key);
    }
}
