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
        // A failed parse throws, and an exception costs more than the parse: ingest passes a published
        // date with every article, so shapes that cannot parse are not tried.
        int time = timeSeparator(s);
        if (time >= 0 && hasOffset(s, time)) {
            try {
                return OffsetDateTime.parse(s).toLocalDateTime().toString();
            } catch (DateTimeParseException ignored) {
                // Try the other ISO shapes.
            }
        }
        if (time >= 0) {
            try {
                return LocalDateTime.parse(s).toString();
            } catch (DateTimeParseException ignored) {
                // Try a bare date.
            }
        }
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Index of the T between date and time (either case, as the ISO parsers accept), or -1. */
    private static int timeSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'T' || c == 't') {
                return i;
            }
        }
        return -1;
    }

    /** An offset (Z, +hh:mm, -hh:mm) can only follow the time if one of its characters does. */
    private static boolean hasOffset(String s, int time) {
        for (int i = time + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return true;
            }
        }
        return false;
    }
}
