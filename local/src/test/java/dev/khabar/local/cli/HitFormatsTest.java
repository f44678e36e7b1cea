package dev.khabar.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HitFormatsTest {
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode hit(String id, String title, String language, String source, String published) throws Exception {
        return json.readTree(json.writeValueAsString(java.util.Map.of("id", id, "title", title, "language", language,
                "source", source, "published", published, "url", "https://example.org/" + id, "score", 3.5)));
    }

    @Test
    void shouldPrintOneAlignedRowPerHitWithTheDateCutToTheDay() throws Exception {
        String table = HitFormats.table(List.of(
                hit("d2c32dbbdd4ae11e", "الولايات المتحدة تطالب بإجابات: ما الذي يُحاك في الخفاء بين مصر وتركيا؟", "ar", "رأي اليوم", "2026-06-07T12:20:00Z"),
                hit("0a1b2c3d4e5f6a7b", "Erdoğan ve Sisi Ankara'da görüştü", "tr", "Anadolu", "2026-06-09")), 100);
        String[] lines = table.split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("DATE"));
        assertTrue(lines[1].startsWith("2026-06-07  ar    رأي اليوم"), lines[1]);
        assertTrue(lines[2].contains("Erdoğan ve Sisi Ankara'da görüştü"));
        assertEquals(lines[1].indexOf("d2c32dbbdd4ae11e"), lines[2].indexOf("0a1b2c3d4e5f6a7b"));
        for (String line : lines) {
            assertTrue(line.codePointCount(0, line.length()) <= 100, line);
        }
        assertTrue(lines[1].endsWith("…"), "a long title is cut with an ellipsis");
    }

    @Test
    void shouldQuoteCsvFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        JsonNode h = hit("f00dfeedcafe0001", "Le \"plan eau\", enfin\nvoté", "fr", "Le Monde", "2026-05-30");
        assertEquals("id,published,language,source,title,url,score", HitFormats.csvHeader());
        assertEquals("f00dfeedcafe0001,2026-05-30,fr,Le Monde,\"Le \"\"plan eau\"\", enfin\nvoté\",https://example.org/f00dfeedcafe0001,3.5",
                HitFormats.csvRow(h));
    }

    @Test
    void shouldLeaveMissingFieldsEmptyInCsv() throws Exception {
        JsonNode h = json.readTree("{\"id\":\"abc\",\"title\":\"כנס מים בחיפה\"}");
        assertEquals("abc,,,,כנס מים בחיפה,,", HitFormats.csvRow(h));
    }

    @Test
    void shouldWriteEachHitAsOneJsonLine() throws Exception {
        JsonNode h = hit("x1", "هوای تهران\nآلوده", "fa", "ایسنا", "2026-01-02");
        String line = HitFormats.jsonLine(h);
        assertEquals(-1, line.indexOf('\n'));
        assertEquals(h, json.readTree(line));
    }

    @Test
    void shouldCutByCodePointsNotBreakingSurrogates() {
        assertEquals("ab…", HitFormats.cut("ab😀cd", 3));
        assertEquals("ab😀…", HitFormats.cut("ab😀cd", 4));
        assertEquals("short", HitFormats.cut("short", 10));
    }
}
