package dev.khabar.store;

import dev.khabar.model.ArticleRecord;
import dev.khabar.model.IndexState;

import java.util.Optional;

/** Article metadata records (DynamoDB). Writes are conditional so retries and races create one record. */
public interface ArticleRecords {

    /** @return true if this call created the record, false if one with the same id already existed */
    boolean putIfAbsent(ArticleRecord record);

    Optional<ArticleRecord> get(String id);

    void updateIndexState(String id, IndexState state);
}
