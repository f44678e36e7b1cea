package dev.khabar.store;

import dev.khabar.model.ArticleRecord;
import dev.khabar.model.IndexState;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Article metadata records (DynamoDB). Writes are conditional so retries and races create one record. */
public interface ArticleRecords {

    /** @return true if this call created the record, false if one with the same id already existed */
    boolean putIfAbsent(ArticleRecord record);

    Optional<ArticleRecord> get(String id);

    void updateIndexState(String id, IndexState state);

    /** The records that exist among {@code ids}, in as few round trips as the store allows. */
    default Map<String, ArticleRecord> getAll(Collection<String> ids) {
        Map<String, ArticleRecord> found = new HashMap<>();
        for (String id : ids) {
            get(id).ifPresent(r -> found.put(id, r));
        }
        return found;
    }

    /**
     * Claims a normalised text for an article, atomically across containers: the first id to claim a
     * hash owns it, and every later article with the same text is recorded as its duplicate.
     *
     * @return empty when {@code id} owns the text (claimed now or by an earlier attempt of the same
     *         article), else the id of the article that owns it
     */
    Optional<String> claimContent(String contentHash, String id);

    /**
     * Records just created by this caller are now in the index: marks them INDEXED in as few round
     * trips as the store allows (the caller holds the records, so no read is needed).
     */
    default void markIndexed(Collection<ArticleRecord> created) {
        created.forEach(r -> updateIndexState(r.id(), IndexState.INDEXED));
    }

    /** Up to {@code limit} ids whose record says PENDING, oldest first. */
    List<String> pendingIds(int limit);

    /** Every article record; the walk re-extraction uses to find old extractor versions. */
    void forEach(Consumer<ArticleRecord> action);

    /** After re-extraction: the record follows the new enriched article. */
    void updateExtraction(ArticleRecord record);
}
