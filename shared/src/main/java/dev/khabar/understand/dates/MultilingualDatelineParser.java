package dev.khabar.understand.dates;

import dev.khabar.understand.IsoDates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published date from a dateline ("الأحد 7 يونيو 2026 12:20 م", "יום ראשון, 7 ביוני 2026 12:20",
 * "7 Haziran 2026 Pazar 12:20", "June 7, 2026 3:15 PM", a Hijri dateline) or a metadata value (ISO-8601,
 * RFC 1123 / RFC 822 as feeds write them). The clock time is kept as written (local to the source).
 */
public final class MultilingualDatelineParser implements DatelineParser {
    /** 12:20 م is 12:20 (noon hour) and 3:15 م is 15:15: only hours 1-11 move by twelve. */
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(?<h>[0-2]?\\d)[:.](?<m>[0-5]\\d)(?::(?<s>[0-5]\\d))?(?!\\d)"
            + "(?:[ ]*(?<ampm>صباحا|صباح|مساء|مساءا|ظهرا|عصرا|ص|م|a\\.m\\.|p\\.m\\.|am|pm|לפנה\"צ|אחה\"צ|oo|os)(?![\\p{L}]))?");
    private static final DateTimeFormatter RFC_822_SHORT_YEAR =
            DateTimeFormatter.ofPattern("[EEE, ]d MMM yy HH:mm[:ss] [zzz][xx]", java.util.Locale.ENGLISH);

    private final DateGrammar grammar;

    public MultilingualDatelineParser(DateVocabulary vocabulary) {
        this.grammar = vocabulary.grammar();
    }

    @Override
    public Optional<PublishedDate> parse(String dateline, String language) {
        if (dateline == null || dateline.isBlank()) {
            return Optional.empty();
        }
        String s = dateline.strip();
        String iso = IsoDates.normalize(s);
        if (iso != null) {
            return Optional.of(new PublishedDate(iso, "metadata"));
        }
        Optional<String> rfc = rfc(s);
        if (rfc.isPresent()) {
            return Optional.of(new PublishedDate(rfc.get(), "metadata"));
        }
        DateGrammar.Context context = new DateGrammar.Context(null, DateResolution.PAST, language);
        for (FoundDate d : grammar.find(s, context)) {
            if (d.valid() && d.from() != null && d.granularity().equals("day") && d.from().equals(d.to())) {
                return Optional.of(new PublishedDate(withTime(d.from(), s.substring(d.end()), s.substring(0, d.start())), "dateline"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> rfc(String s) {
        for (DateTimeFormatter f : new DateTimeFormatter[]{DateTimeFormatter.RFC_1123_DATE_TIME, RFC_822_SHORT_YEAR}) {
            try {
                return Optional.of(ZonedDateTime.parse(s, f).toLocalDateTime().toString());
            } catch (DateTimeParseException ignored) {
                // Not this shape.
            }
        }
        return Optional.empty();
    }

    /** The time after the date (the usual place) or else before it. */
    private static String withTime(LocalDate date, String after, String before) {
        LocalTime time = time(DateText.of(after).folded());
        if (time == null) {
            time = time(DateText.of(before).folded());
        }
        return time == null ? date.toString() : date.atTime(time).toString();
    }

    private static LocalTime time(String folded) {
        Matcher m = TIME.matcher(folded);
        if (!m.find()) {
            return null;
        }
        int h = Integer.parseInt(m.group("h"));
        int min = Integer.parseInt(m.group("m"));
        int sec = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
        String ampm = m.group("ampm");
        if (ampm != null) {
            boolean pm = switch (ampm) {
                case "م", "مساء", "مساءا", "ظهرا", "عصرا", "p.m.", "pm", "אחה\"צ", "os" -> true;
                default -> false;
            };
            if (pm && h >= 1 && h <= 11) {
                h += 12;
            } else if (!pm && h == 12) {
                h = 0;
            }
        }
        if (h > 23) {
            return null;
        }
        return LocalTime.of(h, min, sec);
    }
}
