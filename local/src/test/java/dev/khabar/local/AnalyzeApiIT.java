package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /analyze} through the local front: the seed's entities, nothing stored. */
class AnalyzeApiIT {
    private static TestStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static Map<String, JsonNode> entitiesById(JsonNode reply) {
        Map<String, JsonNode> out = new HashMap<>();
        reply.path("entities").forEach(e -> out.put(e.path("id").asText(), e));
        return out;
    }

    @Test
    void shouldReturnTheSeedsEntitiesWithTheirWikidataIdsAndStoreNothing() throws Exception {
        TestStack.Reply reply = stack.post("/analyze", "text/plain; charset=utf-8", Samples.seed());
        assertEquals(200, reply.status(), reply.text());
        assertEquals("ar", reply.json().path("language").asText());
        Map<String, JsonNode> entities = entitiesById(reply.json());
        for (String id : List.of("Q30", "Q79", "Q43", "Q801", "Q41", "Q229", "Q878", "Q183", "Q843", "Q851",
                "Q3640", "Q85", "Q61", "Q324546")) {
            assertTrue(entities.containsKey(id), () -> id + " missing from " + entities.keySet());
        }
        JsonNode rubio = entities.get("Q324546");
        assertEquals("PERSON", rubio.path("type").asText());
        assertEquals("Marco Rubio", rubio.path("label").asText());
        JsonNode span = rubio.path("spans").path(0);
        assertTrue(span.path("end").asInt() > span.path("start").asInt());
        assertTrue(reply.json().path("extractorVersion").asText().startsWith("entities-"));

        stack.refresh();
        TestStack.Reply search = stack.get("/search?q=" + URLEncoder.encode("ماركو روبيو", StandardCharsets.UTF_8));
        assertEquals(200, search.status(), search.text());
        assertEquals(0, search.json().path("hits").size(), "analyze must not index anything");
    }

    @Test
    void shouldAnalyseAnEnglishJsonArticle() throws Exception {
        String body = "{\"title\":\"Rubio meets Turkish envoy in Ankara\",\"body\":\"US Secretary of State Marco Rubio"
                + " met Turkish officials in Ankara on Tuesday. The State Department said the talks covered air defence"
                + " and Egypt.\"}";
        TestStack.Reply reply = stack.postJson("/analyze", body);
        assertEquals(200, reply.status(), reply.text());
        assertEquals("en", reply.json().path("language").asText());
        Map<String, JsonNode> entities = entitiesById(reply.json());
        for (String id : List.of("Q324546", "Q3640", "Q43", "Q30", "Q79")) {
            assertTrue(entities.containsKey(id), () -> id + " missing from " + entities.keySet());
        }
        assertEquals(2, entities.get("Q324546").path("count").asInt(), entities.get("Q324546").toString());
    }

    @Test
    void shouldAnswer400WhenTheBodyIsMissing() throws Exception {
        TestStack.Reply reply = stack.postJson("/analyze", "{\"title\":\"Only a title\"}");
        assertEquals(400, reply.status());
        assertEquals("missing_body", reply.json().path("error").path("code").asText());
    }
}
