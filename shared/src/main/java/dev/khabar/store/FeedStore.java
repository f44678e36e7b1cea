package dev.khabar.store;

import dev.khabar.model.Feed;

import java.util.List;
import java.util.Optional;

/** Feeds and the items already taken from them (DynamoDB, same table, keys {@code F#id}). */
public interface FeedStore {

    /** @return true if this call created the feed, false if one with the same id existed */
    boolean createIfAbsent(Feed feed);

    Optional<Feed> get(String id);

    List<Feed> list();

    /** @return false when there was no such feed */
    boolean delete(String id);

    /** Replaces the feed's state after a run (not its identity); a feed deleted meanwhile stays deleted. */
    void saveState(Feed feed);

    boolean isSeen(String feedId, String itemKey);

    void markSeen(String feedId, String itemKey);
}
