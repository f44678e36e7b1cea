package dev.khabar.understand.dates;

/**
 * An article's own date: ISO local date-time (or date when no time was given) and where it came
 * from: input, dateline, metadata or text.
 */
public record PublishedDate(String value, String source) {
}
