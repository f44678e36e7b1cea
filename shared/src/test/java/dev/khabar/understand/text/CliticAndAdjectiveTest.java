package dev.khabar.understand.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliticAndAdjectiveTest {
    private final CliticStripper clitics = new CliticStripper();
    private final AdjectiveForms adjectives = new AdjectiveForms();
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    private List<String> stems(String word) {
        return clitics.readings(normalizer.key(word)).stream().map(CliticStripper.Reading::stem).toList();
    }

    @Test
    void shouldReadArabicNamesUnderConjunctionsPrepositionsAndTheArticle() {
        assertTrue(stems("والقاهرة").contains("القاهره"), stems("والقاهرة")::toString);
        assertTrue(stems("بالقاهرة").contains("القاهره"));
        assertTrue(stems("للقاهرة").contains("القاهره"), stems("للقاهرة")::toString);
        assertTrue(stems("وبمصر").contains("مصر"));
        assertTrue(stems("فلتركيا").contains("تركيا"));
        assertTrue(stems("كالعادة").contains("عاده"));
    }

    @Test
    void shouldNotCutKafOffABareWord() {
        assertTrue(!stems("كبيرا").contains("بيرا"), stems("كبيرا")::toString);
    }

    @Test
    void shouldReadHebrewNamesUnderPrefixesIncludingTheSwallowedArticle() {
        assertTrue(stems("וירושלים").contains("ירושלים"));
        assertTrue(stems("בישראל").contains("ישראל"));
        assertTrue(stems("שבמצרים").contains("מצרים"));
        // ב swallows ה: בכנסת is "in the Knesset" (הכנסת).
        assertTrue(stems("בכנסת").contains("הכנסת"), stems("בכנסת")::toString);
    }

    @Test
    void shouldReduceArabicHebrewEnglishAndTurkishAdjectivesToTheirBase() {
        assertEquals(1, adjectives.endingLength(normalizer.key("أمريكية"), 0));
        assertEquals(2, adjectives.endingLength(normalizer.key("المصريين"), 0));
        assertEquals(2, adjectives.endingLength(normalizer.key("الأمريكيون"), 0));
        assertEquals(3, adjectives.endingLength(normalizer.key("الأمريكيتين"), 0));
        assertEquals(1, adjectives.endingLength("אמריקאית", 0));
        assertEquals(1, adjectives.endingLength("מצרים", 0));
        assertEquals(1, adjectives.endingLength("americans", 0));
        assertEquals(3, adjectives.endingLength("misirlilar", 0));
        assertEquals(0, adjectives.endingLength(normalizer.key("مصر"), 0));
    }
}
