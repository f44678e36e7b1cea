package dev.khabar.search;

/** One result; {@code snippet} is HTML-escaped text with matches wrapped in {@code <mark>}. */
public record SearchHit(String id, String title, String snippet, String url, String language, String published,
                        double score, Matched matched) {
}
