package dev.khabar.model;

/**
 * A date expression found in the text, resolved to an ISO interval [{@code start}, {@code end}]
 * (both ISO-8601 dates). {@code calendar} says which calendar the text used (gregory, islamic-umalqura,
 * hebrew); {@code kind} is absolute, relative, month, year or range.
 */
public record DateMention(String text, int offset, int length, String start, String end, String granularity,
                          String kind, String calendar, boolean ambiguous, boolean imputedYear) {
}
