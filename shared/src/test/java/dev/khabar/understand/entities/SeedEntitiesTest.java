package dev.khabar.understand.entities;

import dev.khabar.ingest.RawTextParser;
import dev.khabar.model.ArticleInput;
import dev.khabar.model.EntityMention;
import dev.khabar.model.Span;
import dev.khabar.understand.MultilingualArticleAnalyzer;
import dev.khabar.understand.Understanding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedEntitiesTest {
    private static String text;
    private static Map<String, EntityMention> byId;

    @BeforeAll
    static void analyseSeed() throws Exception {
        Path seed = Path.of("..", "samples", "000_8ca666154d1ccad1.txt");
        ArticleInput input = new RawTextParser().parse(Files.readString(seed, StandardCharsets.UTF_8));
        text = MultilingualArticleAnalyzer.analysedText(input.title(), input.body());
        List<EntityMention> found = Understanding.load().entities().extract(text, "ar");
        byId = found.stream().collect(Collectors.toMap(EntityMention::id, e -> e));
    }

    @Test
    void shouldFindEveryCountryCityAndPersonTheSeedNames() {
        for (String id : List.of("Q30", "Q79", "Q43", "Q801", "Q41", "Q229", "Q878", "Q183", "Q843", "Q851",
                "Q3640", "Q85", "Q61", "Q324546")) {
            assertTrue(byId.containsKey(id), () -> id + " missing; found " + byId.keySet());
        }
    }

    @Test
    void shouldGiveRubioHisEnglishLabelAndArabicSurface() {
        EntityMention rubio = byId.get("Q324546");
        assertEquals("PERSON", rubio.type());
        assertEquals("Marco Rubio", rubio.label());
        assertTrue(rubio.surfaces().contains("ماركو روبيو"), rubio.surfaces()::toString);
    }

    @Test
    void shouldPointEverySpanAtTheSurfaceItReports() {
        for (EntityMention e : byId.values()) {
            for (Span s : e.spans()) {
                assertTrue(e.surfaces().contains(text.substring(s.start(), s.end())), () -> e.id() + " " + s);
            }
            assertEquals(e.spans().size(), e.count());
        }
    }

    @Test
    void shouldCountCairoWithoutItsPrepositionInTheSpan() {
        EntityMention cairo = byId.get("Q85");
        assertTrue(cairo.surfaces().contains("القاهرة"), cairo.surfaces()::toString);
        assertTrue(cairo.count() >= 4, () -> "Cairo count " + cairo.count());
    }

    @Test
    void shouldCountWashingtonAlsoAsTheUnitedStatesInPoliticalSentences() {
        EntityMention us = byId.get("Q30");
        assertTrue(us.surfaces().contains("واشنطن"), us.surfaces()::toString);
        assertTrue(us.surfaces().contains("أمريكية"), us.surfaces()::toString);
    }
}
