package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.model.ArticleRecord;
import dev.khabar.model.IndexState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DynamoDB stand-in (dynalite) is killed halfway through 400 real articles and started again on
 * its persisted data: requests during the outage answer 503, retrying them yields exactly one record
 * each, and no article is ever searchable without its record.
 */
class DynaliteKilledIT {
    private static final int ARTICLES = 400;
    private static final int BATCH = 50;

    @Test
    void shouldAnswer503DuringTheOutageAndMakeExactlyOneRecordPerArticleOnRetry() throws Exception {
        try (TestStack stack = TestStack.start()) {
            List<ObjectNode> articles = SaudiNewsNet.articles(stack.services().json(), Samples.sharedData(), ARTICLES);
            List<ArrayNode> failed = new ArrayList<>();
            int unavailable = 0;
            try {
                for (int from = 0; from < ARTICLES; from += BATCH) {
                    if (from == ARTICLES / 2) {
                        Launcher.run("service", "stop", "test", "dynalite");
                    }
                    ArrayNode batch = stack.services().json().createArrayNode();
                    articles.subList(from, from + BATCH).forEach(batch::add);
                    TestStack.Reply reply = stack.postJson("/articles:batch", batch.toString());
                    if (reply.status() == 503) {
                        unavailable++;
                        assertEquals("dependency_unavailable", reply.json().path("error").path("code").asText());
                        failed.add(batch);
                    } else {
                        assertEquals(200, reply.status(), reply.text());
                    }
                }
                // Nothing is searchable that has no record, even mid-outage.
                stack.refresh();
                assertEquals(ARTICLES / 2, stack.index().count().path("count").asLong(), "only recorded articles are indexed");
            } finally {
                Launcher.run("service", "start", "test");
            }
            assertTrue(unavailable > 0, "requests during the outage answered 503");

            Set<String> ids = new HashSet<>();
            for (ArrayNode batch : failed) {
                TestStack.Reply retried = stack.postJson("/articles:batch", batch.toString());
                assertEquals(200, retried.status(), retried.text());
                for (JsonNode item : retried.json().path("items")) {
                    assertFalse("rejected".equals(item.path("status").asText()), item.toString());
                    ids.add(item.path("id").asText());
                }
            }
            List<ArticleRecord> records = new ArrayList<>();
            stack.services().records().forEach(records::add);
            assertEquals(ARTICLES, records.size(), "exactly one record per article");
            assertTrue(records.stream().allMatch(r -> r.indexState() == IndexState.INDEXED), "all indexed after the retry");
            stack.refresh();
            assertEquals(ARTICLES, stack.index().count().path("count").asLong(), "each article indexed once");
            ReliabilityLog.record("dynalite-killed-halfway", Map.of("articlesSent", ARTICLES, "answered503", unavailable * BATCH,
                    "records", records.size(), "lost", 0, "duplicates", records.size() - ARTICLES,
                    "indexed", stack.index().count().path("count").asLong()));
        }
    }
}
