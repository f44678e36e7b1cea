package dev.khabar.store;

import dev.khabar.model.Article;
import dev.khabar.search.SearchPage;
import dev.khabar.search.SearchQuery;

/** The derived, rebuildable search index (OpenSearch). */
public interface SearchIndex {

    void index(Article article);

    SearchPage search(SearchQuery query);
}
