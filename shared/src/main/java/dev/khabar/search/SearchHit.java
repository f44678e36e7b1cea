package dev.khabar.search;

/**
 * One result; {@code snippet} is HTML-escaped text with matches wrapped in {@code <mark>}; {@code source}
 * is the outlet (as submitted, else the URL's host).
 */
public record SearchHit(String id, String title, String snippet, String url, String source, String language, String published,
                        double score, Matched matched) {
}
