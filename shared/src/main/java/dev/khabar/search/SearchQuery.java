package dev.khabar.search;

/** A search as the index sees it, after the query has been read. */
public record SearchQuery(String text, int size) {
}
