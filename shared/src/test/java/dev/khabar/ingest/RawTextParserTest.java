package dev.khabar.ingest;

import dev.khabar.errors.InvalidInputException;
import dev.khabar.model.ArticleInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RawTextParserTest {
    private final RawTextParser parser = new RawTextParser();

    static String seed() throws Exception {
        Path p = Path.of(System.getenv().getOrDefault("KHABAR_REPO_ROOT", "..")).resolve("samples/000_8ca666154d1ccad1.txt");
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void shouldSplitTheSeedIntoTitleDatelineBodyAndUrl() throws Exception {
        ArticleInput a = parser.parse(seed());
        assertEquals("الولايات المتحدة تطالب بإجابات: ما الذي يُحاك في الخفاء بين مصر وتركيا؟", a.title());
        assertEquals("الأحد 7 يونيو 2026 12:20 م", a.published());
        assertEquals("https://www.maariv.co.il/news/world/article-1329664", a.url());
        assertTrue(a.body().startsWith("أبرزت صحيفة \"معاريف\" العبرية"));
        assertTrue(a.body().endsWith("تخضع لمراقبة أمريكية متزايدة []"));
        assertFalse(a.body().contains("maariv.co.il"));
    }

    @Test
    void shouldReadAnEnglishArticleWithWindowsLineEndingsAndNoDateline() {
        String text = "\uFEFFTurkey and Egypt sign defence pact\r\n\r\nAnkara and Cairo agreed on Tuesday to deepen military cooperation.\r\nThe deal covers air defence.\r\n";
        ArticleInput a = parser.parse(text);
        assertEquals("Turkey and Egypt sign defence pact", a.title());
        assertNull(a.published());
        assertNull(a.url());
        assertEquals("Ankara and Cairo agreed on Tuesday to deepen military cooperation.\nThe deal covers air defence.", a.body());
    }

    @Test
    void shouldTakeAHebrewDatelineWithDigits() {
        ArticleInput a = parser.parse("ארה\"ב דורשת תשובות\n\n7 ביוני 2026, 12:20\n\nשגרירות ארה\"ב באנקרה התבקשה לברר.\n<https://www.maariv.co.il/news/world/article-1>");
        assertEquals("7 ביוני 2026, 12:20", a.published());
        assertEquals("https://www.maariv.co.il/news/world/article-1", a.url());
        assertEquals("שגרירות ארה\"ב באנקרה התבקשה לברר.", a.body());
    }

    @Test
    void shouldNotMistakeAShortSentenceEndingInAFullStopForADateline() {
        ArticleInput a = parser.parse("Headline\nIn 2024, 3 ministers resigned.\nMore text follows here.");
        assertNull(a.published());
        assertTrue(a.body().startsWith("In 2024, 3 ministers resigned."));
    }

    @Test
    void shouldTreatATitleOnlyTextAsBody() {
        ArticleInput a = parser.parse("   \n  خبر عاجل: زلزال في تركيا  \n");
        assertEquals("خبر عاجل: زلزال في تركيا", a.title());
        assertEquals("خبر عاجل: زلزال في تركيا", a.body());
    }

    @Test
    void shouldRejectBlankText() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parser.parse(" \n\n "));
        assertEquals("empty_body", e.code());
    }
}
