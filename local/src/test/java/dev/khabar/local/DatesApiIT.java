package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published date and mentioned dates through the real handlers and stores. */
class DatesApiIT {
    private static TestStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void shouldTakeTheSeedsPublishedDateFromItsArabicDateline() throws Exception {
        TestStack.Reply created = stack.post("/articles", "text/plain; charset=utf-8", Samples.seed());
        assertTrue(created.status() == 201 || created.status() == 200, created.text());
        assertEquals("2026-06-07T12:20", created.json().path("published").asText());
        assertEquals("dateline", created.json().path("publishedSource").asText());

        TestStack.Reply stored = stack.get("/articles/" + created.json().path("id").asText());
        assertEquals("2026-06-07T12:20", stored.json().path("published").asText());
    }

    @Test
    void shouldStoreMentionedDatesResolvedAgainstThePublishedDate() throws Exception {
        String body = "{\"title\":\"وزير الخارجية التركي يزور القاهرة\",\"body\":\"وصل وزير الخارجية التركي إلى القاهرة أمس، على أن تعقد"
                + " القمة من 5 إلى 7 يوليو المقبل، بعد جولة محادثات جرت في أنقرة الأسبوع الماضي.\","
                + "\"url\":\"https://news.example.org/ar/turkey-egypt-visit-2026\",\"published\":\"الأحد 7 يونيو 2026 12:20 م\"}";
        TestStack.Reply created = stack.postJson("/articles", body);
        assertTrue(created.status() == 201 || created.status() == 200, created.text());
        assertEquals("2026-06-07T12:20", created.json().path("published").asText());
        JsonNode dates = stack.get("/articles/" + created.json().path("id").asText()).json().path("dates");
        assertEquals("2026-06-06", find(dates, "أمس").path("start").asText());
        assertEquals("2026-05-25", find(dates, "الأسبوع الماضي").path("start").asText());
        JsonNode range = find(dates, "من 5 إلى 7 يوليو");
        assertEquals("2026-07-05", range.path("start").asText());
        assertEquals("2026-07-07", range.path("end").asText());
    }

    private static JsonNode find(JsonNode dates, String text) {
        for (JsonNode d : dates) {
            if (d.path("text").asText().equals(text)) {
                return d;
            }
        }
        throw new AssertionError("no date «" + text + "» in " + dates);
    }
}
