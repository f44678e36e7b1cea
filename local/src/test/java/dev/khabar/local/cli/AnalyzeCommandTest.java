package dev.khabar.local.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalyzeCommandTest {
    @Test
    void shouldListLanguageEntitiesAndDatesOneALine() throws Exception {
        String reply = """
                {"language":"ar",
                 "entities":[{"id":"Q1744","label":"Marco Rubio","type":"person","count":2,"surfaces":["ماركو روبيو"]},
                             {"id":"Q79","label":"Egypt","type":"place"}],
                 "dates":[{"text":"الأحد 7 يونيو 2026","start":"2026-06-07","end":"2026-06-07","granularity":"day","kind":"published","calendar":"gregorian"},
                          {"text":"2026","start":"2026-01-01","end":"2026-12-31","granularity":"year"}]}
                """;
        assertEquals("""
                language: ar
                entities: 2
                  Marco Rubio  [person Q1744]  ×2  as ماركو روبيو
                  Egypt  [place Q79]
                dates: 2
                  "الأحد 7 يونيو 2026" → 2026-06-07  (day, published, gregorian)
                  "2026" → 2026-01-01..2026-12-31  (year)
                """, AnalyzeCommand.describe(new ObjectMapper().readTree(reply)));
    }

    @Test
    void shouldSayUnknownWhenTheLanguageIsMissing() throws Exception {
        assertEquals("language: unknown\nentities: 0\ndates: 0\n", AnalyzeCommand.describe(new ObjectMapper().readTree("{}")));
    }
}
