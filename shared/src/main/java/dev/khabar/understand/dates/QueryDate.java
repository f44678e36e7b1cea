package dev.khabar.understand.dates;

import java.time.LocalDate;

/**
 * A date found in a search query: the matched substring and its offsets (so search can remove it from
 * the text) and the inclusive interval [{@code from}, {@code to}] to filter on. {@code valid} is false
 * when the text has the shape of a date that does not exist (2026-02-30); then the interval is null.
 */
public record QueryDate(String text, int offset, int length, LocalDate from, LocalDate to, boolean valid) {
}
