package dev.khabar.testing;

import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.model.Article;
import dev.khabar.store.ArticleArchive;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An archive in memory for logic and handler tests; can be switched off to act as an outage. */
public final class InMemoryArchive implements ArticleArchive {
    public final Map<String, byte[]> raw = new ConcurrentHashMap<>();
    private final Map<String, String> rawTypes = new ConcurrentHashMap<>();
    public final Map<String, Article> enriched = new ConcurrentHashMap<>();
    public final AtomicInteger writes = new AtomicInteger();
    public volatile boolean down;

    @Override
    public void putRaw(String id, byte[] bytes, String contentType) {
        check();
        writes.incrementAndGet();
        raw.put(id, bytes);
        rawTypes.put(id, contentType == null ? "application/octet-stream" : contentType);
    }

    @Override
    public Optional<dev.khabar.ingest.RawInput> getRaw(String id) {
        check();
        return Optional.ofNullable(raw.get(id)).map(b -> new dev.khabar.ingest.RawInput(b, rawTypes.get(id), null));
    }

    @Override
    public void forEachEnrichedId(java.util.function.Consumer<String> action) {
        check();
        new java.util.TreeMap<>(enriched).keySet().forEach(action);
    }

    @Override
    public void putEnriched(Article article) {
        check();
        writes.incrementAndGet();
        enriched.put(article.id(), article);
    }

    @Override
    public Optional<Article> getEnriched(String id) {
        check();
        return Optional.ofNullable(enriched.get(id));
    }

    private void check() {
        if (down) {
            throw new DependencyUnavailableException("archive", null);
        }
    }
}
