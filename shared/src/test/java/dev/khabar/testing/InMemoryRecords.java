package dev.khabar.testing;

import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.model.ArticleRecord;
import dev.khabar.model.IndexState;
import dev.khabar.store.ArticleRecords;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Conditional puts like DynamoDB's attribute_not_exists, in memory. */
public final class InMemoryRecords implements ArticleRecords {
    public final Map<String, ArticleRecord> records = new ConcurrentHashMap<>();
    public volatile boolean down;
    private final Map<String, String> claims = new ConcurrentHashMap<>();

    @Override
    public boolean putIfAbsent(ArticleRecord record) {
        check();
        return records.putIfAbsent(record.id(), record) == null;
    }

    @Override
    public Optional<ArticleRecord> get(String id) {
        check();
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public void updateIndexState(String id, IndexState state) {
        check();
        records.computeIfPresent(id, (k, r) -> r.withIndexState(state));
    }

    @Override
    public Optional<String> claimContent(String contentHash, String id) {
        check();
        String owner = claims.putIfAbsent(contentHash, id);
        return owner == null || owner.equals(id) ? Optional.empty() : Optional.of(owner);
    }

    @Override
    public java.util.List<String> pendingIds(int limit) {
        check();
        return records.values().stream().filter(r -> r.indexState() == IndexState.PENDING).map(ArticleRecord::id)
                .sorted().limit(limit).toList();
    }

    @Override
    public void forEach(java.util.function.Consumer<ArticleRecord> action) {
        check();
        new java.util.TreeMap<>(records).values().forEach(action);
    }

    @Override
    public void updateExtraction(ArticleRecord record) {
        check();
        records.put(record.id(), record);
    }

    private void check() {
        if (down) {
            throw new DependencyUnavailableException("records", null);
        }
    }
}
