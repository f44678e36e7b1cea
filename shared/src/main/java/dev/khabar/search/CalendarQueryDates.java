package dev.khabar.search;

import dev.khabar.errors.InvalidInputException;
import dev.khabar.errors.Sanitize;
import dev.khabar.understand.dates.QueryDate;
import dev.khabar.understand.dates.QueryDateReader;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Query dates read by the understanding module's grammar (years, months in any supported language,
 * ranges, "since March", "last week"), against today's date. A date that cannot exist
 * (2026-02-30) is the user's mistake to hear about, not text to search for.
 */
public final class CalendarQueryDates implements QueryDates {
    private final QueryDateReader reader;
    private final Clock clock;

    public CalendarQueryDates(QueryDateReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public List<DateReading> read(String text) {
        List<DateReading> out = new ArrayList<>();
        for (QueryDate d : reader.read(text, LocalDate.now(clock))) {
            if (!d.valid()) {
                throw new InvalidInputException("invalid_date", "'" + Sanitize.forMessage(d.text()) + "' is not a date that exists.");
            }
            out.add(new DateReading(d.text(), d.offset(), d.offset() + d.length(), d.from(), d.to()));
        }
        return out;
    }
}
