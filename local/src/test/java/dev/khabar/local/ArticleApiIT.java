package dev.khabar.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: local front → real handlers → S3Proxy, dynalite and OpenSearch. */
class ArticleApiIT {
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
    void shouldIngestTheSeedAndFindItWithAnArabicQuery() throws Exception {
        TestStack.Reply created = stack.post("/articles", "text/plain; charset=utf-8", Samples.seed());
        assertTrue(created.status() == 201 || created.status() == 200, created.text());
        String id = created.json().path("id").asText();
        assertEquals("ar", created.json().path("language").asText());
        assertEquals("https://www.maariv.co.il/news/world/article-1329664", created.json().path("url").asText());
        assertEquals("indexed", created.json().path("indexState").asText());

        stack.refresh();
        TestStack.Reply found = stack.get("/search?q=" + URLEncoder.encode("السفارة الأمريكية", StandardCharsets.UTF_8));
        assertEquals(200, found.status());
        assertEquals(id, found.json().path("hits").path(0).path("id").asText());
        assertTrue(found.json().path("hits").path(0).path("snippet").asText().contains("<mark>"));

        TestStack.Reply stored = stack.get("/articles/" + id);
        assertEquals(200, stored.status());
        assertTrue(stored.json().path("body").asText().contains("ماركو روبيو"));
    }

    @Test
    void shouldReturnTheSameIdAnd200WhenTheSameArticleIsPostedAgain() throws Exception {
        String body = "{\"title\":\"Ankara and Cairo hold defence talks\",\"body\":\"Turkish and Egyptian defence officials met in Ankara on Tuesday to discuss air defence cooperation.\",\"url\":\"https://news.example.org/world/ankara-cairo-talks?utm_source=x\"}";
        TestStack.Reply first = stack.postJson("/articles", body);
        assertEquals(201, first.status(), first.text());
        TestStack.Reply second = stack.postJson("/articles", body.replace("?utm_source=x", "/"));
        assertEquals(200, second.status(), second.text());
        assertEquals(first.json().path("id").asText(), second.json().path("id").asText());
        assertFalse(second.json().path("created").asBoolean());
    }

    @Test
    void shouldAnswer400WithACodeForBadJsonAndMissingBody() throws Exception {
        TestStack.Reply bad = stack.postJson("/articles", "{\"title\": ");
        assertEquals(400, bad.status());
        assertEquals("invalid_json", bad.json().path("error").path("code").asText());
        assertNotNull(bad.json().path("error").path("requestId").textValue());

        TestStack.Reply missing = stack.postJson("/articles", "{\"title\":\"Only a title\"}");
        assertEquals(400, missing.status());
        assertEquals("missing_body", missing.json().path("error").path("code").asText());
    }

    @Test
    void shouldAnswer413ForABodyOverTheLimit() throws Exception {
        byte[] huge = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        TestStack.Reply reply = stack.post("/articles", "text/plain", huge);
        assertEquals(413, reply.status());
        assertEquals("payload_too_large", reply.json().path("error").path("code").asText());

        byte[] overArticleLimit = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(overArticleLimit, (byte) 'b');
        TestStack.Reply tooBig = stack.post("/articles", "text/plain", overArticleLimit);
        assertEquals(413, tooBig.status());
    }

    @Test
    void shouldAnswer404ForUnknownRoutesAndArticles() throws Exception {
        TestStack.Reply route = stack.get("/nope");
        assertEquals(404, route.status());
        assertEquals("route_not_found", route.json().path("error").path("code").asText());
        TestStack.Reply article = stack.get("/articles/0123456789abcdef");
        assertEquals(404, article.status());
        assertEquals("article_not_found", article.json().path("error").path("code").asText());
        TestStack.Reply traversal = stack.get("/articles/..%2F..%2Fetc");
        assertEquals(404, traversal.status());
    }

    @Test
    void shouldReportEveryDependencyUpInHealth() throws Exception {
        TestStack.Reply health = stack.get("/health");
        assertEquals(200, health.status());
        assertEquals("ok", health.json().path("status").asText());
        assertEquals("up", health.json().path("dependencies").path("opensearch").asText());
    }
}
