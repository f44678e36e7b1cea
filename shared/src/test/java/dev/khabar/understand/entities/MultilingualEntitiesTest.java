package dev.khabar.understand.entities;

import dev.khabar.model.EntityMention;
import dev.khabar.model.Span;
import dev.khabar.understand.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real sentences in each language: clitics, adjectives, Hebrew prefixes, context names, spans. */
class MultilingualEntitiesTest {
    private static final Understanding U = Understanding.load();

    private static Map<String, EntityMention> entities(String text, String lang) {
        return U.entities().extract(text, lang).stream().collect(Collectors.toMap(EntityMention::id, e -> e));
    }

    private static void assertSurface(String text, EntityMention e, String surface) {
        assertTrue(e.surfaces().contains(surface), () -> e.id() + " surfaces " + e.surfaces());
        for (Span s : e.spans()) {
            assertTrue(e.surfaces().contains(text.substring(s.start(), s.end())));
        }
    }

    @Test
    void shouldFindCairoBehindWawBaaAndLamClitics() {
        String text = "وصل الوفد بالقاهرة أمس، ثم غادر إلى أنقرة والقاهرة تراقب، وقال إن للقاهرة دورا.";
        EntityMention cairo = entities(text, "ar").get("Q85");
        assertEquals(3, cairo.count(), cairo::toString);
        assertSurface(text, cairo, "القاهرة");
    }

    @Test
    void shouldLinkArabicCountryAdjectivesAndPluralsToTheirCountry() {
        String text = "التقى دبلوماسيون أمريكيون بالمسؤولين المصريين، وتابعت الصحافة التركية اللقاء مع السفارة الإسرائيلية.";
        Map<String, EntityMention> found = entities(text, "ar");
        assertTrue(found.keySet().containsAll(Set.of("Q30", "Q79", "Q43", "Q801")), found::toString);
        assertSurface(text, found.get("Q79"), "المصريين".substring(2));
    }

    @Test
    void shouldReadHebrewPrefixesOnPlacesAndAdjectives() {
        String text = "ראש הממשלה נפגש בירושלים עם שגריר ארצות הברית, ולאחר מכן טס למצרים ולטורקיה.";
        Map<String, EntityMention> found = entities(text, "he");
        assertTrue(found.keySet().containsAll(Set.of("Q1218", "Q30", "Q79", "Q43")), found::toString);
        assertSurface(text, found.get("Q1218"), "ירושלים");
    }

    @Test
    void shouldFindTurkishNamesWithApostropheSuffixes() {
        String text = "Dışişleri Bakanı Hakan Fidan, Mısır'ın başkenti Kahire'de ABD'li yetkililerle görüştü.";
        Map<String, EntityMention> found = entities(text, "tr");
        assertTrue(found.keySet().containsAll(Set.of("Q79", "Q85", "Q30")), found::toString);
        assertTrue(found.values().stream().anyMatch(e -> e.type().equals("PERSON") && e.label().equals("Hakan Fidan")),
                found::toString);
    }

    @Test
    void shouldFindPersianPlacesAndPeople() {
        String text = "وزیر امور خارجه ایران در تهران با سفیر پاکستان دیدار کرد.";
        Map<String, EntityMention> found = entities(text, "fa");
        assertTrue(found.keySet().containsAll(Set.of("Q794", "Q843")), found::toString);
    }

    @Test
    void shouldFindEnglishPeopleFromTitlesAndSurnamesLater() {
        String text = "Foreign Minister Hakan Fidan met Secretary of State Marco Rubio in Washington. Fidan said the talks"
                + " with the United States were frank.";
        Map<String, EntityMention> found = entities(text, "en");
        EntityMention fidan = found.get("L:PERSON:hakan fidan");
        assertEquals(2, fidan.count(), found::toString);
        assertEquals(1, found.get("Q324546").count());
        assertTrue(found.containsKey("Q61") && found.containsKey("Q30"), found::toString);
    }

    @Test
    void shouldFindUnknownArabicPeopleAndOrganisationsFromContext() {
        String text = "وقال وزير الخارجية الأردني أيمن الصفدي إن جامعة الدول العربية ستعقد اجتماعا، فيما أعلنت وزارة الصحة الفلسطينية عن حصيلة جديدة.";
        List<EntityMention> found = U.entities().extract(text, "ar");
        assertTrue(found.stream().anyMatch(e -> e.type().equals("PERSON") && e.label().equals("أيمن الصفدي")), found::toString);
        assertTrue(found.stream().anyMatch(e -> e.id().equals("Q7172")), found::toString);
        assertTrue(found.stream().anyMatch(e -> e.type().equals("ORG") && e.label().startsWith("وزارة الصحة")), found::toString);
    }

    @Test
    void shouldNotTakeCommonWordsForPlaces() {
        String text = "في إطار التعاون بين البلدين، قالت الحكومة إن الليل كان طويلا وإن مدينة كبيرة تضررت.";
        List<EntityMention> found = U.entities().extract(text, "ar");
        assertFalse(found.stream().anyMatch(e -> e.type().equals("LOC")), found::toString);
    }

    @Test
    void shouldNotCountWashingtonAsTheStateOutsidePoliticalSentences() {
        Map<String, EntityMention> found = entities("The museum in Washington opened a new wing of paintings.", "en");
        assertTrue(found.containsKey("Q61"));
        assertFalse(found.containsKey("Q30"), found::toString);
    }
}
