package dev.khabar.local.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InterpretationTest {

    @Test
    void shouldListTranslationsGroupedByLanguageAsTheApiSendsThem() throws Exception {
        String interpreted = "{\"dates\":[{\"text\":\"2026\",\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}],"
                + "\"entities\":[{\"id\":\"Q30\",\"type\":\"LOC\",\"label\":\"United States\"}],"
                + "\"expansions\":{\"embassy\":{\"ar\":[\"السفارة\",\"سفار\"],\"tr\":[\"sefaret\"]}}}";
        assertEquals("date \"2026\" 2026-01-01..2026-12-31; LOC United States (Q30); embassy → السفارة, سفار, sefaret",
                Interpretation.describe(new ObjectMapper().readTree(interpreted)));
    }
}
