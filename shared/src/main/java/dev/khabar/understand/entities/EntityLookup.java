package dev.khabar.understand.entities;

import java.util.List;
import java.util.Optional;

/**
 * The gazetteer as search uses it: resolve names typed in a query (any script) to the same ids the
 * extractor assigns, and list entities for autocomplete.
 */
public interface EntityLookup {

    /** Entities named in a short text such as a query, with the substring that named each. */
    List<QueryEntity> findIn(String query);

    Optional<EntityInfo> byId(String id);

    /** Entities whose label or alias in any language starts with {@code prefix}, best first. */
    List<EntityInfo> byPrefix(String prefix, int limit);

    record QueryEntity(EntityInfo entity, String matchedText, int start, int end) {
    }
}
