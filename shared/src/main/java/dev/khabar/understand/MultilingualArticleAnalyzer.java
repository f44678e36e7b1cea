package dev.khabar.understand;

import dev.khabar.model.ArticleInput;
import dev.khabar.model.DateMention;
import dev.khabar.model.EntityMention;
import dev.khabar.model.Span;
import dev.khabar.understand.dates.DateMentionExtractor;
import dev.khabar.understand.dates.DatelineParser;
import dev.khabar.understand.dates.PublishedDate;
import dev.khabar.understand.entities.EntityExtractor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Language first (everything else depends on it), then the published date (relative dates are
 * resolved against it), then entities and mentioned dates over "title, blank line, body".
 */
public final class MultilingualArticleAnalyzer implements ArticleAnalyzer {
    private final LanguageDetector languages;
    private final DatelineParser datelines;
    private final EntityExtractor entities;
    private final DateMentionExtractor dates;
    private final String version;

    public MultilingualArticleAnalyzer(LanguageDetector languages, DatelineParser datelines, EntityExtractor entities,
                                       DateMentionExtractor dates, String version) {
        this.languages = languages;
        this.datelines = datelines;
        this.entities = entities;
        this.dates = dates;
        this.version = version;
    }

    public static String analysedText(String title, String body) {
        return title == null ? body : title + "\n\n" + body;
    }

    @Override
    public Analysis analyze(ArticleInput input) {
        String text = analysedText(input.title(), input.body());
        String language = input.language() != null ? input.language() : languages.detect(text);
        Optional<PublishedDate> published = publishedDate(input.published(), language);
        LocalDate reference = published.map(p -> LocalDate.parse(p.value().substring(0, 10))).orElse(null);
        List<EntityMention> found = entities.extract(text, language);
        List<DateMention> mentioned = outsideNames(dates.extract(text, language, reference), found);
        return new Analysis(language, published.map(PublishedDate::value).orElse(null),
                published.map(PublishedDate::source).orElse(null), found, mentioned);
    }

    /**
     * A date word inside a name is part of the name, not a date the article mentions: the outlet
     * "رأي اليوم" (Rai al-Youm, "today's opinion") or a person called Ramadan.
     */
    static List<DateMention> outsideNames(List<DateMention> dates, List<EntityMention> entities) {
        if (dates.isEmpty() || entities.isEmpty()) {
            return dates;
        }
        List<Span> names = new java.util.ArrayList<>();
        entities.forEach(e -> names.addAll(e.spans()));
        return dates.stream().filter(d -> names.stream().noneMatch(n -> n.start() <= d.offset() && d.offset() + d.length() <= n.end()))
                .toList();
    }

    private Optional<PublishedDate> publishedDate(String given, String language) {
        String iso = IsoDates.normalize(given);
        if (iso != null) {
            return Optional.of(new PublishedDate(iso, "input"));
        }
        return given == null ? Optional.empty() : datelines.parse(given, language);
    }

    @Override
    public String version() {
        return version;
    }
}
