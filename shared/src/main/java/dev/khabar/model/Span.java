package dev.khabar.model;

/** Character offsets [start, end) into the text the span was found in (title + "\n\n" + body). */
public record Span(int start, int end) {
}
