package dev.khabar.search;

import dev.khabar.errors.InvalidInputException;

public enum SortOrder {
    RELEVANCE, DATE;

    static SortOrder parse(String s, SortOrder fallback) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        return switch (s.strip()) {
            case "relevance" -> RELEVANCE;
            case "date" -> DATE;
            default -> throw new InvalidInputException("invalid_sort", "Parameter 'sort' must be 'relevance' or 'date'.");
        };
    }
}
