package dev.khabar.understand.dates;

import java.time.LocalDate;

/**
 * One date expression the rules found: original offsets [{@code start}, {@code end}), the interval it
 * denotes (null when it cannot be resolved, e.g. a relative word without a reference date), and how.
 * {@code valid} is false for shapes that look like a date but name none (2026-02-30).
 */
record FoundDate(int start, int end, LocalDate from, LocalDate to, String granularity, String kind, String calendar,
                 boolean ambiguous, boolean imputedYear, boolean valid) {

    int length() {
        return end - start;
    }

    boolean overlaps(FoundDate o) {
        return start < o.end && o.start < end;
    }

    FoundDate spanning(int newStart, int newEnd, LocalDate newFrom, LocalDate newTo, String newKind) {
        return new FoundDate(newStart, newEnd, newFrom, newTo, granularity, newKind, calendar, ambiguous, imputedYear, valid);
    }
}
