package dev.khabar.testing;

import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.model.Article;
import dev.khabar.search.SearchHit;
import dev.khabar.search.SearchPage;
import dev.khabar.search.SearchQuery;
import dev.khabar.store.SearchIndex;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A naive substring index for handler tests; relevance is tested against real OpenSearch in the ITs. */
public final class InMemorySearchIndex implements SearchIndex {
    public final Map<String, Article> documents = new ConcurrentHashMap<>();
    public volatile boolean down;

    @Override
    public void index(Article article) {
        check();
        documents.put(article.id(), article);
    }

    @Override
    public SearchPage search(SearchQuery query) {
        check();
        List<String> terms = List.of(query.text().toLowerCase(Locale.ROOT).split("\\s+"));
        List<SearchHit> hits = documents.values().stream()
                .filter(a -> terms.stream().anyMatch((a.title() + " " + a.body()).toLowerCase(Locale.ROOT)::contains))
                .limit(query.size())
                .map(a -> new SearchHit(a.id(), a.title(), null, a.url(), a.language(), a.published(), 1.0))
                .toList();
        return new SearchPage(hits, hits.size());
    }

    private void check() {
        if (down) {
            throw new DependencyUnavailableException("search", null);
        }
    }
}
