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

    private void check() {
        if (down) {
            throw new DependencyUnavailableException("records", null);
        }
    }
}
