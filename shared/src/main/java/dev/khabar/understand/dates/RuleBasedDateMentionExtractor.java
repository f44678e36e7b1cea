package dev.khabar.understand.dates;

import dev.khabar.model.DateMention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates mentioned in a text, in Arabic (Egyptian/Gulf, Levantine and Maghrebi month names), Hebrew,
 * Turkish and English, Gregorian, Hijri (Umm al-Qura) and Hebrew calendars, resolved against the
 * reference date (the published date). Years without a cue ("2026" alone) are not taken: a bare
 * four-digit number is as often an amount.
 */
public final class RuleBasedDateMentionExtractor implements DateMentionExtractor {
    private final DateGrammar grammar;
    private final DateResolution resolution;

    public RuleBasedDateMentionExtractor(DateVocabulary vocabulary, DateResolution resolution) {
        this.grammar = vocabulary.grammar();
        this.resolution = resolution;
    }

    @Override
    public List<DateMention> extract(String text, String language, LocalDate reference) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<DateMention> out = new ArrayList<>();
        for (FoundDate d : grammar.find(text, new DateGrammar.Context(reference, resolution, language))) {
            if (!d.valid()) {
                continue;
            }
            out.add(new DateMention(text.substring(d.start(), d.end()), d.start(), d.length(),
                    d.from() == null ? null : d.from().toString(), d.to() == null ? null : d.to().toString(),
                    d.granularity(), d.kind(), d.calendar(), d.ambiguous(), d.imputedYear()));
        }
        return out;
    }
}
