package dev.khabar.fuzz;

import dev.khabar.model.DateMention;
import dev.khabar.understand.dates.DateResolution;
import dev.khabar.understand.dates.DateVocabulary;
import dev.khabar.understand.dates.RuleBasedDateMentionExtractor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Any text: every mention lies inside the text and names a real interval. */
public final class DateMentionFuzz {
    private static final RuleBasedDateMentionExtractor EXTRACTOR =
            new RuleBasedDateMentionExtractor(DateVocabulary.load(), DateResolution.PAST);
    private static final String[] LANGUAGES = {"ar", "en", "he", "tr", "fa"};
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 7);

    private DateMentionFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        if (data.length == 0) {
            return;
        }
        String language = LANGUAGES[(data[0] & 0xff) % LANGUAGES.length];
        String text = new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
        Expected.run(() -> {
            for (DateMention m : EXTRACTOR.extract(text, language, REFERENCE)) {
                if (m.offset() < 0 || m.offset() + m.length() > text.length()) {
                    throw new AssertionError("mention outside the text: " + m);
                }
                if (m.start() != null && m.end() != null && LocalDate.parse(m.start()).isAfter(LocalDate.parse(m.end()))) {
                    throw new AssertionError("interval backwards: " + m);
                }
            }
        });
    }
}
