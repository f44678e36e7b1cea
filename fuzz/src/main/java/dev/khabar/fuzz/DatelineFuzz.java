package dev.khabar.fuzz;

import dev.khabar.understand.dates.DateVocabulary;
import dev.khabar.understand.dates.MultilingualDatelineParser;
import dev.khabar.understand.dates.PublishedDate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Any dateline in any language: no date, or an ISO date that exists. */
public final class DatelineFuzz {
    private static final MultilingualDatelineParser PARSER = new MultilingualDatelineParser(DateVocabulary.load());
    private static final String[] LANGUAGES = {"ar", "en", "he", "tr", "fa", "und"};

    private DatelineFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        if (data.length == 0) {
            return;
        }
        String language = LANGUAGES[(data[0] & 0xff) % LANGUAGES.length];
        String text = new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
        Expected.run(() -> PARSER.parse(text, language).map(PublishedDate::value)
                .ifPresent(v -> LocalDate.parse(v.substring(0, 10))));
    }
}
