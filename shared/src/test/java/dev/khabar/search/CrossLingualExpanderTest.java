package dev.khabar.search;

import dev.khabar.search.lexicon.ArabicKeys;
import dev.khabar.search.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossLingualExpanderTest {
    static Lexicon smallLexicon() throws Exception {
        String tsv = String.join("\n",
                "en\tar\tembassy\tالسفارة|سفار",
                "en\tar\tinquiries\tالتحقيقات|تحقيق",
                "en\tar\tdefence\tالدفاع|دفاع|حماية|وقاية|صون",
                "en\ttr\tembassy\tsefarethane|sefaret|elçilik",
                "ar\ten\t" + ArabicKeys.key("سفارة") + "\tembassy",
                "tr\ten\tsavaş\twar|battle",
                "en\tar\twar\tالحرب|حرب",
                "en\tar\tbattle\tالمعركة") + "\n";
        return Lexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }

    private final CrossLingualExpander expander;

    CrossLingualExpanderTest() throws Exception {
        expander = new CrossLingualExpander(smallLexicon());
    }

    private List<String> texts(String word, String lang) {
        return expander.expand(word).stream().filter(x -> x.language().equals(lang)).map(Expansion::text).toList();
    }

    @Test
    void shouldTranslateEnglishIntoArabicAndTurkishKeepingTheTopFew() {
        assertEquals(List.of("السفارة", "سفار"), texts("Embassy", "ar"));
        assertEquals(List.of("sefarethane", "sefaret"), texts("embassy", "tr"));
        assertEquals(CrossLingualExpander.PER_LANGUAGE, texts("defence", "ar").size());
    }

    @Test
    void shouldFindTheBaseWordOfAnEnglishPlural() {
        assertEquals(List.of("السفارة", "سفار"), texts("embassies", "ar"));
    }

    @Test
    void shouldMeetArabicInflectedFormsOnTheArabicSide() {
        assertEquals(List.of("embassy"), texts("سفارتها", "en"));
        assertEquals(List.of("embassy"), texts("السفارتين", "en"));
        assertEquals(List.of("embassy"), texts("والسفارة", "en"));
    }

    @Test
    void shouldAddTheConstructFormOfArabicWordsEndingInTehMarbuta() {
        Expansion x = expander.expand("embassy").get(0);
        assertEquals(List.of("السفارة", "سفارت"), x.forms());
    }

    @Test
    void shouldReachArabicFromTurkishThroughEnglish() {
        assertEquals(List.of("war", "battle"), texts("savaş", "en"));
        assertEquals(List.of("الحرب", "حرب", "المعركة"), texts("savaş", "ar"));
    }

    @Test
    void shouldFindTheStemOfAnInflectedTurkishWord() {
        assertEquals(List.of("war", "battle"), texts("savaşında", "en"));
    }

    @Test
    void shouldNotExpandFunctionWordsNumbersOrUnknownWords() {
        assertTrue(expander.expand("the").isEmpty());
        assertTrue(expander.expand("2026").isEmpty());
        assertTrue(expander.expand("Rubio").isEmpty());
        assertTrue(Lexicon.empty().translate("embassy", "en", "ar", 3).isEmpty());
    }
}
