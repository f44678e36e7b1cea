package dev.khabar.model;

/** Whether the derived search index has caught up with the archived article. */
public enum IndexState {
    PENDING, INDEXED
}
