package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.aws.DynamoDbArticleRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /articles:batch and dedup across URLs, against the real servers. */
class BatchAndDedupIT {
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
    void shouldReportEachItemOfABatchAndMakeTheNewOnesSearchable() throws Exception {
        TestStack.Reply reply = stack.postJson("/articles:batch", """
                {"articles":[
                 {"title":"وزارة التعليم تعلن موعد بدء العام الدراسي","body":"أعلنت وزارة التعليم أن العام الدراسي الجديد يبدأ في الثالث والعشرين من أغسطس في جميع مناطق المملكة.","url":"https://www.okaz.com.sa/news/local/education-2015"},
                 {"title":"Only a title, no story"},
                 {"title":"Istanbul metro extension opens","body":"A new metro line linking Istanbul's airport to the city centre opened on Saturday.","url":"https://news.example.org/tr/metro"},
                 {"title":"Istanbul metro extension opens","body":"A new metro line linking Istanbul's airport to the city centre opened on Saturday.","url":"https://news.example.org/tr/metro/?utm_campaign=rss"}
                ]}""");
        assertEquals(200, reply.status(), reply.text());
        JsonNode json = reply.json();
        assertEquals(2, json.path("created").asInt());
        assertEquals(1, json.path("rejected").asInt());
        assertEquals(1, json.path("duplicates").asInt());
        assertEquals("missing_body", json.path("items").path(1).path("error").path("code").asText());
        assertEquals("indexed", json.path("items").path(0).path("indexState").asText());
        assertEquals(json.path("items").path(2).path("id").asText(), json.path("items").path(3).path("id").asText());

        stack.refresh();
        TestStack.Reply found = stack.get("/search?q=" + URLEncoder.encode("العام الدراسي", StandardCharsets.UTF_8));
        assertEquals(json.path("items").path(0).path("id").asText(), found.json().path("hits").path(0).path("id").asText());
    }

    @Test
    void shouldRefuseMoreThanAHundredArticlesWith413() throws Exception {
        String one = "{\"body\":\"Cairo opens a new monorail line to the administrative capital.\"},";
        TestStack.Reply reply = stack.postJson("/articles:batch", "[" + one.repeat(101).replaceAll(",$", "") + "]");
        assertEquals(413, reply.status());
        assertEquals("batch_too_large", reply.json().path("error").path("code").asText());
    }

    @Test
    void shouldRecordTheSameStoryUnderASecondUrlAsADuplicateOfTheFirstAndIndexItOnce() throws Exception {
        String body = "أكدت هيئة الأرصاد أن موجة الحر ستستمر على المنطقة الشرقية حتى نهاية الأسبوع مع درجات حرارة تتجاوز الخمسين.";
        TestStack.Reply first = stack.postJson("/articles", "{\"title\":\"استمرار موجة الحر في الشرقية\",\"body\":\"" + body
                + "\",\"url\":\"https://www.alyaum.com/articles/heatwave-east\"}");
        TestStack.Reply second = stack.postJson("/articles", "{\"title\":\"استمرار موجة الحرّ في الشرقية\",\"body\":\"" + body
                + "\",\"url\":\"https://sabq.org/saudia/weather/heatwave\"}");
        assertEquals(201, first.status(), first.text());
        String firstId = first.json().path("id").asText();
        String secondId = second.json().path("id").asText();
        assertEquals("skipped", second.json().path("indexState").asText(), second.text());
        assertEquals(firstId, stack.services().records().get(secondId).orElseThrow().duplicateOf());

        stack.refresh();
        TestStack.Reply found = stack.get("/search?q=" + URLEncoder.encode("موجة الحر", StandardCharsets.UTF_8));
        assertEquals(1, found.json().path("total").asInt(), found.text());
        assertEquals(firstId, found.json().path("hits").path(0).path("id").asText());
    }

    @Test
    void shouldLetExactlyOneOfManyConcurrentClaimsOwnATextAcrossContainers() throws Exception {
        String hash = "claim-race-" + System.nanoTime();
        java.util.List<java.util.concurrent.Future<java.util.Optional<String>>> answers = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 8; i++) {
                String id = "article-" + i;
                // A store object per claimant, as each Lambda container has its own.
                DynamoDbArticleRecords container = new DynamoDbArticleRecords(stack.stack().dynamo(), stack.stack().config().table());
                answers.add(pool.submit(() -> container.claimContent(hash, id)));
            }
            java.util.Set<String> owners = new java.util.HashSet<>();
            int winners = 0;
            for (int i = 0; i < answers.size(); i++) {
                java.util.Optional<String> owner = answers.get(i).get();
                winners += owner.isEmpty() ? 1 : 0;
                owners.add(owner.orElse("article-" + i));
            }
            assertEquals(1, winners);
            assertEquals(1, owners.size(), owners.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldPassAnAbandonedClaimToTheNextArticleWithTheSameTextButKeepAFreshOne() {
        String hash = "claim-abandoned-" + System.nanoTime();
        java.time.Instant now = java.time.Instant.parse("2026-11-30T12:00:00Z");
        DynamoDbArticleRecords early = new DynamoDbArticleRecords(stack.stack().dynamo(), stack.stack().config().table(),
                java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        DynamoDbArticleRecords soon = new DynamoDbArticleRecords(stack.stack().dynamo(), stack.stack().config().table(),
                java.time.Clock.fixed(now.plusSeconds(60), java.time.ZoneOffset.UTC));
        DynamoDbArticleRecords later = new DynamoDbArticleRecords(stack.stack().dynamo(), stack.stack().config().table(),
                java.time.Clock.fixed(now.plusSeconds(3600), java.time.ZoneOffset.UTC));
        assertEquals(java.util.Optional.empty(), early.claimContent(hash, "never-recorded"));
        assertEquals(java.util.Optional.empty(), early.claimContent(hash, "never-recorded"), "a retry of the owner keeps its claim");
        assertEquals(java.util.Optional.of("never-recorded"), soon.claimContent(hash, "second"), "the owner may still be ingesting");
        assertEquals(java.util.Optional.empty(), later.claimContent(hash, "third"), "an hour on, the claim is abandoned");
        assertEquals(java.util.Optional.of("third"), later.claimContent(hash, "fourth"));
    }
}
