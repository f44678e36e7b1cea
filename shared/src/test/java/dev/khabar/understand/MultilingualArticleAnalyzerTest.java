package dev.khabar.understand;

import dev.khabar.aws.Wiring;
import dev.khabar.model.ArticleInput;
import dev.khabar.model.DateMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultilingualArticleAnalyzerTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Wiring.analyzer(Understanding.load());
    }

    @Test
    void shouldNotReadTheOutletRaiAlYoumAsTodayButKeepTheDatesTheArticleMentions() {
        Analysis a = analyzer.analyze(new ArticleInput("مصادر: اجتماع مصري تركي في يوليو",
                "نقلت صحيفة رأي اليوم عن مصادر دبلوماسية أن الاجتماع سيعقد في الخامس من يوليو المقبل في أنقرة.",
                null, "2026-06-07T12:20", "ar", null));
        List<String> texts = a.dates().stream().map(DateMention::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.equals("اليوم")), texts.toString());
        assertTrue(a.dates().stream().anyMatch(d -> d.start().equals("2026-07-05")), a.dates().toString());
        assertTrue(a.entities().stream().anyMatch(e -> e.label().equals("Rai al-Youm")), a.entities().toString());
    }

    @Test
    void shouldKeepTodayWhenItIsNotPartOfAName() {
        Analysis a = analyzer.analyze(new ArticleInput("وزير الخارجية يصل إلى القاهرة",
                "وصل وزير الخارجية التركي إلى القاهرة اليوم في زيارة تستمر يومين.", null, "2026-06-07T12:20", "ar", null));
        assertEquals(1, a.dates().stream().filter(d -> d.text().equals("اليوم") && d.start().equals("2026-06-07")).count(),
                a.dates().toString());
    }
}
