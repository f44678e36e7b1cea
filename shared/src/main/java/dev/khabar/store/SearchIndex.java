package dev.khabar.store;

import dev.khabar.model.Article;
import dev.khabar.search.SearchPage;
import dev.khabar.search.SearchQuery;

import java.util.List;
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

    SearchPage search(SearchQuery query);
}
