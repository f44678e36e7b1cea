package dev.khabar.search;

import java.util.List;
import java.util.Map;

/** The answer of {@code GET /search}: hits, total, how the query was read, facets and the next-page cursor. */
public record SearchPage(List<SearchHit> hits, long total, Interpretation interpreted,
                         Map<String, Object> facets, String cursor) {
}
