package dev.khabar.search;

import java.util.List;
import java.util.Map;

/**
 * One page as the index answers it: hits, total, raw facet buckets (values and counts), the sort
 * values of the last hit and the point in time the page was read from, if any.
 */
public record IndexPage(List<SearchHit> hits, long total, Map<String, List<FacetValue>> facets,
                        List<Object> lastSort, String pit) {
}
