package dev.khabar.model;

/**
 * Whether the derived search index has caught up with the archived article. {@code SKIPPED} marks a
 * duplicate of an article already indexed: archived and recorded, never indexed a second time.
 */
public enum IndexState {
    PENDING, INDEXED, SKIPPED
}
