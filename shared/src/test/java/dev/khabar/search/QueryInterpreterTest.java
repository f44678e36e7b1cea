package dev.khabar.search;

import dev.khabar.understand.dates.DateVocabulary;
import dev.khabar.understand.dates.QueryDateReader;
import dev.khabar.understand.entities.EntityInfo;
import dev.khabar.understand.entities.EntityLookup;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryInterpreterTest {
    /** A two-entry gazetteer: enough to see names resolved and removed from the words. */
    static final class TwoEntityLookup implements EntityLookup {
        static final EntityInfo US = new EntityInfo("Q30", "country", "United States", Map.of("ar", "الولايات المتحدة", "en", "United States"));
        static final EntityInfo RUBIO = new EntityInfo("Q324546", "person", "Marco Rubio", Map.of("ar", "ماركو روبيو"));

        @Override
        public List<QueryEntity> findIn(String query) {
            List<QueryEntity> out = new ArrayList<>();
            for (var e : Map.of("US", US, "Rubio", RUBIO).entrySet()) {
                int at = (" " + query + " ").indexOf(" " + e.getKey() + " ");
                if (at >= 0) {
                    out.add(new QueryEntity(e.getValue(), e.getKey(), at, at + e.getKey().length()));
                }
            }
            return out;
        }

        @Override
        public Optional<EntityInfo> byId(String id) {
            return Optional.ofNullable(id.equals("Q30") ? US : id.equals("Q324546") ? RUBIO : null);
        }

        @Override
        public List<EntityInfo> byPrefix(String prefix, int limit) {
            return List.of();
        }
    }

    private final QueryInterpreter interpreter;

    QueryInterpreterTest() throws Exception {
        interpreter = new QueryInterpreter(new QueryParser(), new CalendarQueryDates(new QueryDateReader(DateVocabulary.load()), Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC)), new TwoEntityLookup(),
                new CrossLingualExpander(CrossLingualExpanderTest.smallLexicon()));
    }

    @Test
    void shouldReadTheSeedQueryAsEntityDateAndTranslatedWords() {
        QueryReading r = interpreter.read("US embassy inquiries, 2026", true);
        assertEquals(LocalDate.of(2026, 1, 1), r.from());
        assertEquals(LocalDate.of(2026, 12, 31), r.to());
        assertEquals(List.of("Q30"), r.entities().stream().map(EntityMatch::id).toList());
        assertTrue(r.entities().get(0).labels().contains("الولايات المتحدة"));
        assertEquals(List.of(List.of("embassy"), List.of("inquiries")), r.groups().stream().map(TermGroup::alternatives).toList());
        assertEquals(List.of("السفارة", "سفار"), r.interpretation().expansions().get("embassy").get("ar"));
        assertEquals("2026", r.interpretation().dates().get(0).text());
        assertEquals("Q30", r.interpretation().entities().get(0).id());
    }

    @Test
    void shouldTakeEverythingLiterallyWhenInterpretIsFalse() {
        QueryReading r = interpreter.read("US embassy 2026", false);
        assertNull(r.from());
        assertTrue(r.entities().isEmpty());
        assertEquals(3, r.groups().size());
        assertTrue(r.interpretation().expansions().isEmpty());
    }

    @Test
    void shouldNotInterpretQuotedOrExcludedText() {
        QueryReading r = interpreter.read("\"embassy 2026\" -Rubio", true);
        assertNull(r.from());
        assertTrue(r.entities().isEmpty());
        assertEquals(List.of("embassy 2026"), r.groups().get(0).alternatives());
        assertEquals(List.of("Rubio"), r.excluded());
    }

    @Test
    void shouldReadYearRangesAndDropFunctionWordsWhenThereIsMore() {
        QueryReading r = interpreter.read("the war 2014-2016", true);
        assertEquals(LocalDate.of(2014, 1, 1), r.from());
        assertEquals(LocalDate.of(2016, 12, 31), r.to());
        assertEquals(List.of(List.of("war")), r.groups().stream().map(TermGroup::alternatives).toList());
    }

    @Test
    void shouldKeepOrAlternativesTogether() {
        QueryReading r = interpreter.read("embassy OR سفارة", true);
        assertEquals(1, r.groups().size());
        assertEquals(List.of("embassy", "سفارة"), r.groups().get(0).alternatives());
    }

    @Test
    void shouldSearchTheSameLabelsInEveryJvmWithTheArchivesLanguagesFirst() {
        Map<String, String> many = new java.util.HashMap<>();
        for (String lang : List.of("ur", "ru", "es", "de", "fr", "fa", "he", "tr", "en", "ar", "zh", "ja")) {
            many.put(lang, "label-" + lang);
        }
        EntityInfo info = new EntityInfo("Q30", "country", "United States", Map.copyOf(many));
        assertEquals(List.of("United States", "label-ar", "label-en", "label-tr", "label-he", "label-fa", "label-fr", "label-de"),
                QueryInterpreter.labels(info));
    }
}
