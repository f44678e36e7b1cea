package dev.khabar.store;

import dev.khabar.model.Article;
import dev.khabar.search.IndexPage;
import dev.khabar.search.SearchQuery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The derived, rebuildable search index (OpenSearch). */
public interface SearchIndex {

    void index(Article article);

    /**
     * Indexes many articles in as few round trips as the index allows.
     *
     * @return the ids that were not indexed (they stay PENDING for the repair)
     */
    Set<String> indexAll(List<Article> articles);

    /** One page of hits; facets only when the query asks for them. */
    IndexPage search(SearchQuery query);

    /** Counts of matching articles per {@code interval} (day, week or month) of the published date. */
    Timeline timeline(SearchQuery query, String interval);

    /** A point in time later pages are read from, so paging is stable while articles arrive. */
    String openPointInTime();

    /** How many indexed articles carry each of these entity ids. */
    Map<String, Long> entityCounts(Collection<String> ids);

    /** Article count and first and last published date of the articles carrying {@code id}. */
    EntityStats entityStats(String id);

    record Timeline(long total, List<Bucket> buckets) {
    }

    record Bucket(String date, long count) {
    }

    record EntityStats(long articles, String firstSeen, String lastSeen) {
    }
}
