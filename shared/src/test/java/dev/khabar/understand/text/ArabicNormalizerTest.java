package dev.khabar.understand.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArabicNormalizerTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    @Test
    void shouldFoldAlefHamzaTaaMarbutaAlefMaqsuraDiacriticsAndTatweel() {
        assertEquals("القاهره", normalizer.key("القاهرة"));
        assertEquals("اسراييل", normalizer.key("إسرائيل"));
        assertEquals("امريكا", normalizer.key("أمريكا"));
        assertEquals("مستشفي", normalizer.key("مستشفى"));
        assertEquals("وزع", normalizer.key("وُزِعَ"));
        assertEquals("تعد", normalizer.key("تُعدّ"));
        assertEquals("مصر", normalizer.key("مـــصـر"));
        assertEquals("اله", normalizer.key("آلة"));
    }

    @Test
    void shouldTurnArabicIndicAndPersianDigitsIntoAscii() {
        assertEquals("2026", normalizer.key("٢٠٢٦"));
        assertEquals("1405", normalizer.key("۱۴۰۵"));
    }

    @Test
    void shouldFoldPersianLettersAndTurkishAndLatinAccents() {
        assertEquals("ايران", normalizer.key("ایران"));
        assertEquals("كابل", normalizer.key("کابل"));
        assertEquals("turkiye", normalizer.key("Türkiye"));
        assertEquals("istanbul", normalizer.key("İstanbul"));
        assertEquals("misir", normalizer.key("Mısır"));
    }

    @Test
    void shouldDropHebrewPointsButKeepLetters() {
        assertEquals("שלום", normalizer.key("שָׁלוֹם"));
    }

    @Test
    void shouldMapEveryNormalisedSpanBackToTheOriginalText() {
        String text = "قال وُزِعَ الأمْرُ";
        NormalizedText n = normalizer.normalize(text, 4, text.length());
        assertEquals("وزع الامر", n.text());
        int start = n.text().indexOf("الامر");
        assertEquals("الأمْرُ", text.substring(n.originalStart(start), n.originalEnd(start + 5)));
        assertEquals("وُزِعَ", text.substring(n.originalStart(0), n.originalEnd(3) + 1).strip());
    }
}
