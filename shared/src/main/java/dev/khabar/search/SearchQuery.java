package dev.khabar.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A search as the index sees it, after the query has been read: what to match, what to exclude,
 * the published-date range (inclusive days, either end open; dates read from the text keep articles
 * whose date is unknown, explicit {@code from}/{@code to} do not), the facet filters and the page.
 */
public record SearchQuery(List<TermGroup> groups, List<EntityMatch> entities, List<String> excluded,
                          LocalDate from, LocalDate to, boolean keepUndated, Map<Facet, List<String>> filters,
                          SortOrder sort, int size, Page page, boolean facets) {

    public SearchQuery {
        groups = List.copyOf(groups);
        entities = List.copyOf(entities);
        excluded = List.copyOf(excluded);
        filters = Map.copyOf(filters);
    }

    /** Where a page starts: a point in time to read from (null = the live index) and the last sort values. */
    public record Page(String pit, List<Object> searchAfter) {
        public static final Page FIRST = new Page(null, null);
    }

    /** The same search over the next page, without facets. */
    public SearchQuery at(Page next, int pageSize) {
        return new SearchQuery(groups, entities, excluded, from, to, keepUndated, filters, sort, pageSize, next, false);
    }

    public boolean matchesEverything() {
        return groups.isEmpty() && entities.isEmpty();
    }
}
