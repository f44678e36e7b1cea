package dev.khabar.understand.entities;

import dev.khabar.understand.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerEntityLookupTest {
    private static final EntityLookup LOOKUP = Understanding.load().lookup();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"US, Q30", "us, Q30", "U.S., Q30", "Washington, Q61", "Rubio, Q324546", "روبيو, Q324546",
            "مصر, Q79", "بمصر, Q79", "Türkiye, Q43", "turkiye, Q43", "تركيا, Q43", "טורקיה, Q43", "Ankara, Q3640",
            "القاهرة, Q85", "الأمم المتحدة, Q1065", "NATO, Q7184"})
    void shouldResolveQueryNamesToTheExtractorsIds(String query, String id) {
        List<EntityLookup.QueryEntity> found = LOOKUP.findIn(query);
        assertEquals(1, found.size(), found::toString);
        assertEquals(id, found.get(0).entity().id());
    }

    @Test
    void shouldReportWhereInTheQueryEachEntityWasNamed() {
        String query = "اجتماع مصر وتركيا في أنقرة";
        List<EntityLookup.QueryEntity> found = LOOKUP.findIn(query);
        assertEquals(List.of("Q79", "Q43", "Q3640"), found.stream().map(q -> q.entity().id()).toList());
        for (EntityLookup.QueryEntity q : found) {
            assertEquals(q.matchedText(), query.substring(q.start(), q.end()));
        }
    }

    @Test
    void shouldCompleteNamesFromAPrefixInAnyScript() {
        assertTrue(LOOKUP.byPrefix("Egy", 5).stream().anyMatch(e -> e.id().equals("Q79")));
        assertTrue(LOOKUP.byPrefix("القاه", 5).stream().anyMatch(e -> e.id().equals("Q85")));
        assertTrue(LOOKUP.byPrefix("Türk", 5).stream().anyMatch(e -> e.id().equals("Q43")));
        assertTrue(LOOKUP.byPrefix("", 5).isEmpty());
    }

    @Test
    void shouldGiveEnglishLabelAndLabelsPerLanguageById() {
        EntityInfo egypt = LOOKUP.byId("Q79").orElseThrow();
        assertEquals("Egypt", egypt.label());
        assertEquals("LOC", egypt.type());
        assertEquals("مصر", egypt.labels().get("ar"));
        assertTrue(LOOKUP.byId("Q0").isEmpty());
    }
}
