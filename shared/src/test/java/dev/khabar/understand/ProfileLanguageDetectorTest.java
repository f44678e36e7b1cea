package dev.khabar.understand;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProfileLanguageDetectorTest {
    private static final ProfileLanguageDetector DETECTOR = ProfileLanguageDetector.fromResources();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ar|أعلنت وزارة الخارجية المصرية أن الوزير سيتوجه إلى أنقرة الأسبوع المقبل لبحث العلاقات بين البلدين.",
            "fa|وزیر امور خارجه ایران روز دوشنبه در سفر به آنکارا با همتای ترک خود دیدار و گفت‌وگو کرد.",
            "ur|پاکستان کے وزیر اعظم نے کہا ہے کہ حکومت مہنگائی پر قابو پانے کے لیے اقدامات کر رہی ہے۔",
            "he|שר החוץ האמריקאי הגיע הבוקר לירושלים ונפגש עם ראש הממשלה בלשכתו.",
            "tr|Dışişleri Bakanı, Mısır ile ilişkilerin normalleşmesi için yeni bir adım atıldığını söyledi.",
            "en|The foreign minister said on Tuesday that talks with Egypt and Turkey would continue next week.",
            "fr|Le ministre des Affaires étrangères a déclaré que les discussions avec l'Égypte se poursuivront.",
            "de|Der Außenminister sagte am Dienstag, dass die Gespräche mit der Türkei fortgesetzt werden.",
            "es|El ministro de Asuntos Exteriores dijo que las conversaciones con Egipto continuarán la próxima semana.",
            "ru|Министр иностранных дел заявил, что переговоры с Египтом и Турцией будут продолжены.",
    })
    void shouldNameTheLanguageOfARealNewsSentence(String expected, String sentence) {
        assertEquals(expected, DETECTOR.detect(sentence));
    }

    @Test
    void shouldTellPersianFromArabicEvenWithoutPersianOnlyLetters() {
        // Written with Arabic yeh and kaf, as some Persian sites do: only the function words tell.
        assertEquals("fa", DETECTOR.detect("این گزارش در روز شنبه از سوی دولت منتشر شد و به مجلس ارسال شد که باید بررسی شود"
                .replace('ی', 'ي').replace('ک', 'ك')));
    }

    @Test
    void shouldAnswerUndForTextWithoutLetters() {
        assertEquals("und", DETECTOR.detect("2026-06-07 12:20 — 3.5%"));
        assertEquals("und", DETECTOR.detect("   "));
    }
}
