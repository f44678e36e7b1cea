package dev.khabar.search;

import dev.khabar.errors.InvalidInputException;
import dev.khabar.store.SearchIndex;

/** Reads what the user typed into a {@link SearchQuery} and runs it. */
public final class SearchService {
    static final int MAX_QUERY_CHARS = 1_000;
    static final int MAX_SIZE = 100;
    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    public SearchPage search(String q, String size) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException("missing_query", "Parameter 'q' is required.");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw new InvalidInputException("query_too_long", "The query is longer than " + MAX_QUERY_CHARS + " characters.");
        }
        return index.search(new SearchQuery(q.strip(), parseSize(size)));
    }

    static int parseSize(String size) {
        if (size == null || size.isBlank()) {
            return 10;
        }
        try {
            int n = Integer.parseInt(size.strip());
            if (n < 1 || n > MAX_SIZE) {
                throw new InvalidInputException("invalid_size", "Parameter 'size' must be between 1 and " + MAX_SIZE + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid_size", "Parameter 'size' must be a whole number.");
        }
    }
}
