package dev.khabar.store;

import dev.khabar.model.Article;

import java.util.List;
import java.util.Set;

/**
 * The versioned physical indexes behind the search alias: a rebuild fills a new generation while the
 * alias keeps serving the old one, then moves the alias in one atomic step.
 */
public interface IndexGenerations {

    /** The physical index the alias points at now. */
    String current();

    /** Creates the next generation ({@code alias-vN+1}), empty, with the current mapping. */
    String createNext();

    /** @return the ids that were not indexed */
    Set<String> bulkInto(String index, List<Article> articles);

    /** Makes everything bulk-written into {@code index} visible, and refreshes it normally from now on. */
    void seal(String index);

    /** Points the alias at {@code next} and away from every other index in one request. */
    void promote(String next);

    long count(String index);

    void delete(String index);
}
