package dev.khabar.search;

/** One bucket of a facet: the value to filter by, a label where the value is an id, and the count. */
public record FacetValue(String value, String label, long count) {
}
