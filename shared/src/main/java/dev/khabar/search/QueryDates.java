package dev.khabar.search;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads the dates named in a query's free text (years, months, ranges) as published-date ranges.
 * The search side depends only on this; the dates module's reader stands behind it once merged.
 */
public interface QueryDates {

    List<DateReading> read(String text);

    /** A date range named by {@code text[start, end)}; both ends inclusive. */
    record DateReading(String matchedText, int start, int end, LocalDate from, LocalDate to) {
    }
}
