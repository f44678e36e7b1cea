package dev.khabar.search;

import dev.khabar.understand.entities.EntityInfo;
import dev.khabar.understand.entities.EntityLookup;

import java.util.List;
import java.util.Optional;

/**
 * Knows no entities: what search runs with until the gazetteer-backed lookup is wired in. Queries
 * then keep entity names as words; entity routes answer from the index alone.
 */
public final class NoEntityLookup implements EntityLookup {
    @Override
    public List<QueryEntity> findIn(String query) {
        return List.of();
    }

    @Override
    public Optional<EntityInfo> byId(String id) {
        return Optional.empty();
    }

    @Override
    public List<EntityInfo> byPrefix(String prefix, int limit) {
        return List.of();
    }
}
