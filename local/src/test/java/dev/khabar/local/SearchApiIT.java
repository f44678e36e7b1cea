package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.model.Article;
import dev.khabar.model.EntityMention;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /search, /timeline, /export and the entity routes against the real local servers: the seed
 * plus articles in Arabic, English and Turkish, some indexed with entities as the extractor tags them.
 */
class SearchApiIT {
    private static TestStack stack;
    private static String seedId;

    private static final EntityMention US = mention("Q30", "country", "United States");
    private static final EntityMention EGYPT = mention("Q79", "country", "Egypt");
    private static final EntityMention TURKEY = mention("Q43", "country", "Turkey");
    private static final EntityMention RUBIO = mention("Q324546", "person", "Marco Rubio");

    @BeforeAll
    static void load() throws Exception {
        stack = TestStack.start();
        TestStack.Reply seed = stack.postJson("/articles", seedAsJson());
        assertTrue(seed.status() == 201 || seed.status() == 200, seed.text());
        seedId = seed.json().path("id").asText();
        index("a1", "ar", "2015-07-22T09:00:00", "https://www.alriyadh.com/1071234", List.of(EGYPT),
                "السفارة السعودية في القاهرة تستقبل المعزين", "استقبلت السفارة السعودية في القاهرة اليوم المعزين من المسؤولين المصريين.");
        index("a2", "ar", "2015-08-03T10:00:00", "https://www.okaz.com.sa/news/5521", List.of(US, RUBIO),
                "واشنطن تفتح تحقيقا في تسريبات دبلوماسية", "قالت وزارة الخارجية الأمريكية إن سفارتها في الرياض تلقت استفسارات حول التحقيقات.");
        index("e1", "en", "2026-05-02T08:30:00", "https://www.reuters.com/world/middle-east/egypt-turkey-talks",
                List.of(EGYPT, TURKEY), "Egypt and Turkey hold defence talks in Ankara",
                "Egyptian and Turkish defence officials met in Ankara to discuss air defence cooperation, the embassy said.");
        index("t1", "tr", "2026-06-01T12:00:00", "https://www.aa.com.tr/tr/dunya/misir-turkiye/3321", List.of(EGYPT, TURKEY),
                "Türkiye ile Mısır arasında savunma görüşmeleri", "Türk ve Mısırlı savunma yetkilileri Ankara'da hava savunması işbirliğini görüştü.");
        stack.refresh();
    }

    @AfterAll
    static void close() {
        stack.close();
    }

    /**
     * The seed with its dateline already read as 2026-06-07T12:20: reading Arabic datelines is the
     * dates module's job, so this test does not depend on it.
     */
    static String seedAsJson() throws Exception {
        List<String> lines = new ArrayList<>(new String(Samples.seed(), StandardCharsets.UTF_8).strip().lines().toList());
        String url = lines.remove(lines.size() - 1).replaceAll("[<>]", "").strip();
        String title = lines.remove(0).strip();
        while (lines.get(0).isBlank()) {
            lines.remove(0);
        }
        lines.remove(0);
        var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("title", title).put("body", String.join("\n", lines).strip()).put("url", url)
                .put("published", "2026-06-07T12:20").put("language", "ar");
        return node.toString();
    }

    static EntityMention mention(String id, String type, String label) {
        return new EntityMention(id, type, label, List.of(label), List.of(), 1, 0.9);
    }

    static void index(String key, String lang, String published, String url, List<EntityMention> entities, String title, String body) {
        String id = String.format("%16s", Integer.toHexString(key.hashCode())).replace(' ', 'a');
        stack.index().index(new Article(id, title, body, url, null, lang, published, "input", "h" + key, entities, List.of(), "it"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void shouldPutTheSeedFirstForTheEnglishQueryAndExplainWhy() throws Exception {
        TestStack.Reply r = stack.get("/search?q=" + enc("US embassy inquiries, 2026"));
        assertEquals(200, r.status(), r.text());
        JsonNode first = r.json().path("hits").path(0);
        assertEquals(seedId, first.path("id").asText(), r.text());
        assertTrue(first.path("snippet").asText().contains("<mark>"), first.toString());
        assertFalse(first.path("matched").path("expansions").isEmpty(), first.toString());
        assertEquals("maariv.co.il", first.path("source").asText(), "the outlet, for the CLI's SOURCE column: " + first);
        JsonNode interpreted = r.json().path("interpreted");
        assertEquals("2026-01-01", interpreted.path("dates").path(0).path("from").asText());
        assertTrue(interpreted.path("expansions").path("embassy").path("ar").size() > 0, interpreted.toString());
    }

    @Test
    void shouldFindArabicArticlesFromAnEnglishWordAndHighlightInArabic() throws Exception {
        TestStack.Reply r = stack.get("/search?q=embassy&lang=ar&interpret=true");
        assertEquals(200, r.status(), r.text());
        assertTrue(r.json().path("total").asLong() >= 2, r.text());
        for (JsonNode hit : r.json().path("hits")) {
            assertEquals("ar", hit.path("language").asText());
        }
        assertTrue(r.json().path("hits").path(0).path("snippet").asText().matches("(?s).*<mark>[\\p{InArabic}]+</mark>.*"), r.text());
        TestStack.Reply literal = stack.get("/search?q=embassy&lang=ar&interpret=false");
        assertEquals(0, literal.json().path("total").asLong(), literal.text());
    }

    @Test
    void shouldCountEachFacetWithTheOtherFiltersButNotItsOwn() throws Exception {
        TestStack.Reply all = stack.get("/search?q=" + enc("embassy OR defence OR savunma"));
        TestStack.Reply ar = stack.get("/search?q=" + enc("embassy OR defence OR savunma") + "&lang=ar");
        assertEquals(200, ar.status(), ar.text());
        JsonNode facets = ar.json().path("facets");
        // The language facet ignores lang=ar, so other languages still show with their counts.
        assertEquals(all.json().path("facets").path("languages"), facets.path("languages"));
        assertTrue(facets.path("languages").size() >= 2, facets.toString());
        // Other facets respect lang=ar: only Arabic outlets and Saudi Arabia remain.
        for (JsonNode s : facets.path("sources")) {
            assertTrue(Set.of("alriyadh.com", "okaz.com.sa", "maariv.co.il").contains(s.path("value").asText()), facets.toString());
        }
        assertTrue(facets.path("source_countries").toString().contains("Q851"), facets.toString());
        assertFalse(facets.path("source_countries").toString().contains("Q43"), facets.toString());
        TestStack.Reply byEntity = stack.get("/search?q=" + enc("embassy OR defence OR savunma") + "&entity=Q43");
        JsonNode places = byEntity.json().path("facets").path("entities").path("places");
        assertTrue(places.toString().contains("Q30"), "the entity facet ignores entity=Q43: " + places);
        for (JsonNode hit : byEntity.json().path("hits")) {
            // e1 and t1 are tagged Turkey by hand; the seed (Arabic) by the extractor.
            assertTrue(Set.of("en", "tr").contains(hit.path("language").asText()) || hit.path("id").asText().equals(seedId),
                    hit.toString());
        }
    }

    @Test
    void shouldCountMatchesPerMonthInTheTimeline() throws Exception {
        TestStack.Reply r = stack.get("/timeline?q=" + enc("embassy OR defence OR savunma") + "&interval=month");
        assertEquals(200, r.status(), r.text());
        long sum = 0;
        for (JsonNode b : r.json().path("buckets")) {
            sum += b.path("count").asLong();
        }
        assertEquals(r.json().path("total").asLong(), sum);
        assertEquals("2015-07-01", r.json().path("buckets").path(0).path("date").asText());
        assertEquals(400, stack.get("/timeline?q=embassy&interval=year").status());
    }

    @Test
    void shouldPageWithAStableCursorWhileNewArticlesArrive() throws Exception {
        // The point in time is taken when page 2 is asked for; articles arriving after that never show.
        for (int i = 0; i < 23; i++) {
            index("p" + i, "en", String.format("2024-03-%02dT10:00:00", i + 1), "https://www.bbc.com/news/ferry-" + i, List.of(),
                    "Istanbul ferry timetable changes, part " + i, "Ferry operators in Istanbul changed the Bosphorus timetable for the " + i + " time.");
        }
        stack.refresh();
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            TestStack.Reply r = stack.get("/search?q=ferry+timetable&interpret=false&size=10&sort=date" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            assertEquals(200, r.status(), r.text());
            for (JsonNode h : r.json().path("hits")) {
                assertTrue(seen.add(h.path("id").asText()), "no duplicates across pages");
                order.add(h.path("published").asText());
            }
            if (pages == 1) {
                // Older than every page read so far: without the point in time these would land on page 3.
                for (int i = 0; i < 4; i++) {
                    index("late" + i, "en", "2023-01-0" + (i + 1) + "T10:00:00", "https://www.bbc.com/news/late-ferry-" + i, List.of(),
                            "Istanbul ferry timetable returns", "The ferry timetable of Istanbul returns to summer hours.");
                }
                stack.refresh();
            }
            cursor = r.json().path("cursor").isTextual() ? r.json().path("cursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(23, seen.size(), "exactly the articles there when paging began");
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, order);
        TestStack.Reply forged = stack.get("/search?q=ferry+timetable&cursor=eyJhIjpbMV19.AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(400, forged.status());
        assertEquals("invalid_cursor", forged.json().path("error").path("code").asText());
    }

    @Test
    void shouldExportEveryMatchAsJsonLinesAndCsv() throws Exception {
        TestStack.Reply total = stack.get("/search?q=" + enc("embassy OR defence OR savunma"));
        TestStack.Reply jsonl = stack.get("/export?q=" + enc("embassy OR defence OR savunma") + "&format=jsonl");
        assertEquals(200, jsonl.status(), jsonl.text());
        assertEquals(total.json().path("total").asLong(), jsonl.text().lines().count());
        TestStack.Reply csv = stack.get("/export?q=" + enc("embassy OR defence OR savunma") + "&format=csv");
        assertEquals(200, csv.status());
        assertTrue(csv.text().startsWith("id,published,language,title,url\r\n"));
        assertEquals(total.json().path("total").asLong() + 1, csv.text().lines().count());
        assertEquals("invalid_format", stack.get("/export?q=embassy&format=xml").json().path("error").path("code").asText());
    }

    @Test
    void shouldDescribeAnEntityFromTheIndexAndListItsArticles() throws Exception {
        TestStack.Reply e = stack.get("/entities/Q79");
        assertEquals(200, e.status(), e.text());
        // a1, e1, t1 are tagged Egypt by hand; the seed is tagged Egypt by the extractor.
        assertEquals(4, e.json().path("articles").asLong());
        assertTrue(e.json().path("firstSeen").asText().startsWith("2015-07-22"), e.text());
        assertTrue(e.json().path("lastSeen").asText().startsWith("2026-06-07"), e.text());
        TestStack.Reply articles = stack.get("/entities/Q79/articles?size=2");
        assertEquals(200, articles.status(), articles.text());
        assertEquals(4, articles.json().path("total").asLong());
        assertEquals(seedId, articles.json().path("hits").path(0).path("id").asText(), "newest first");
        assertNotNull(articles.json().path("cursor").textValue());
        assertEquals(404, stack.get("/entities/Q999999999").status());
        assertEquals(404, stack.get("/entities/..%2Fetc").status());
        assertEquals(200, stack.get("/entities?prefix=" + enc("مصر")).status());
        assertEquals("missing_prefix", stack.get("/entities").json().path("error").path("code").asText());
    }

    @Test
    void shouldAnswer400Or200AndNever500ForHostileInput() throws Exception {
        List<String> queries = List.of("*:*", "\"unbalanced", "((((embassy", "embassy))))", "/.*.*.*.*.*.*/", "a*b*c*d*e*f*g*",
                "?????", "title:(x OR y)^999", "{!lucene}x", "\\", "-", "OR", "-\"\"", "x".repeat(10_000),
                "سفارة ".repeat(200), "%00", "<script>alert(1)</script>", "embassy~99", "[* TO *]");
        for (String q : queries) {
            TestStack.Reply r = stack.get("/search?q=" + enc(q));
            assertTrue(r.status() == 200 || r.status() == 400, q + " -> " + r.status() + " " + r.text());
            if (r.status() == 400) {
                assertNotNull(r.json().path("error").path("code").textValue(), q);
            }
        }
        for (String params : List.of("q=x&from=2026-02-30", "q=x&size=100000", "q=x&size=abc", "q=x&sort=_doc", "q=x&entity=%27",
                "q=x&cursor=garbage", "q=x&cursor=" + "A".repeat(5000), "", "q=", "q=x&lang=" + String.join(",", java.util.stream.IntStream.range(0, 50).mapToObj(i -> "l" + i).toList()))) {
            TestStack.Reply r = stack.get("/search?" + params);
            assertEquals(400, r.status(), params + " -> " + r.text());
        }
        TestStack.Reply xss = stack.get("/search?q=" + enc("<script>alert(1)</script> embassy"));
        assertEquals(200, xss.status());
        for (JsonNode h : xss.json().path("hits")) {
            assertFalse(h.path("snippet").asText().contains("<script"), "highlights are HTML-escaped");
        }
    }

    @Test
    void shouldLetExplicitDatesWinOverDatesInTheText() throws Exception {
        TestStack.Reply r = stack.get("/search?q=" + enc("embassy 2026") + "&from=2015&to=2015");
        assertEquals(200, r.status(), r.text());
        for (JsonNode h : r.json().path("hits")) {
            assertTrue(h.path("published").asText().startsWith("2015"), r.text());
        }
        assertNull(r.json().path("hits").path(0).path("nothing").textValue());
    }
}
