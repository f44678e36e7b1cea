package dev.khabar.understand;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Accepts ISO-8601 dates and date-times as callers send them and normalises them for the index. */
public final class IsoDates {
    private IsoDates() {
    }

    /** @return the ISO form, or null if {@code text} is not an ISO date or date-time */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return OffsetDateTime.parse(s).toLocalDateTime().toString();
        } catch (DateTimeParseException ignored) {
            // Try the other ISO shapes.
        }
        try {
            return LocalDateTime.parse(s).toString();
        } catch (DateTimeParseException ignored) {
            // Try a bare date.
        }
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
