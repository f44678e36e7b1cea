package dev.khabar.testing;

import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.model.Article;
import dev.khabar.search.EntityMatch;
import dev.khabar.search.IndexPage;
import dev.khabar.search.Matched;
import dev.khabar.search.SearchHit;
import dev.khabar.search.SearchQuery;
import dev.khabar.search.TermGroup;
import dev.khabar.store.SearchIndex;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A naive index for handler tests: an article matches when any typed alternative occurs in its text
 * or it carries an entity the query names.
 * Relevance, facets and paging are tested against real OpenSearch in the ITs.
 */
public final class InMemorySearchIndex implements SearchIndex {
    public final Map<String, Article> documents = new ConcurrentHashMap<>();
    public volatile boolean down;

    @Override
    public void index(Article article) {
        check();
        documents.put(article.id(), article);
    }

    @Override
    public java.util.Set<String> indexAll(List<Article> articles) {
        check();
        articles.forEach(a -> documents.put(a.id(), a));
        return java.util.Set.of();
    }

    @Override
    public IndexPage search(SearchQuery query) {
        check();
        List<String> terms = query.groups().stream().map(TermGroup::alternatives).flatMap(List::stream)
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<String> entityIds = query.entities().stream().map(EntityMatch::id).toList();
        List<SearchHit> hits = documents.values().stream()
                .filter(a -> terms.stream().anyMatch((a.title() + " " + a.body()).toLowerCase(Locale.ROOT)::contains)
                        || a.entities().stream().anyMatch(e -> entityIds.contains(e.id())))
                .limit(query.size())
                .map(a -> new SearchHit(a.id(), a.title(), null, a.url(), a.source(), a.language(), a.published(), 1.0,
                        new Matched(List.of(), terms, List.of())))
                .toList();
        return new IndexPage(hits, hits.size(), Map.of(), null, null);
    }

    @Override
    public Timeline timeline(SearchQuery query, String interval) {
        check();
        return new Timeline(documents.size(), List.of());
    }

    @Override
    public String openPointInTime() {
        check();
        return "in-memory";
    }

    @Override
    public Map<String, Long> entityCounts(Collection<String> ids) {
        check();
        Map<String, Long> counts = new HashMap<>();
        for (String id : ids) {
            counts.put(id, documents.values().stream().filter(a -> a.entities().stream().anyMatch(e -> e.id().equals(id))).count());
        }
        return counts;
    }

    @Override
    public EntityStats entityStats(String id) {
        check();
        return new EntityStats(entityCounts(List.of(id)).get(id), null, null);
    }

    private void check() {
        if (down) {
            throw new DependencyUnavailableException("search", null);
        }
    }
}
