package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.Doors;
import dev.khabar.model.ArticleRecord;
import dev.khabar.model.IndexState;
import dev.khabar.reindex.Reindexer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A thousand real articles through POST /articles:batch while the test OpenSearch server is killed
 * halfway (the process, for real, through the launcher) and started again: nothing is lost, the
 * articles ingested during the outage wait as PENDING, and the pending repair makes every one
 * searchable exactly once.
 */
class OpenSearchKilledIT {
    private static final int ARTICLES = 1_000;
    private static final int BATCH = 100;

    @Test
    void shouldLoseNothingAndIndexEachArticleOnceAfterOpenSearchIsKilledHalfway() throws Exception {
        try (TestStack stack = TestStack.start()) {
            List<ObjectNode> articles = SaudiNewsNet.articles(stack.services().json(), Samples.sharedData(), ARTICLES);
            assertEquals(ARTICLES, articles.size(), "SaudiNewsNet in ../shared/data");
            Map<String, String> stateById = new TreeMap<>();
            Set<String> pendingDuringOutage = new HashSet<>();
            try {
                for (int from = 0; from < ARTICLES; from += BATCH) {
                    if (from == ARTICLES / 2) {
                        Launcher.run("service", "stop", "test", "opensearch");
                    }
                    ArrayNode batch = stack.services().json().createArrayNode();
                    articles.subList(from, from + BATCH).forEach(batch::add);
                    TestStack.Reply reply = stack.postJson("/articles:batch", batch.toString());
                    assertEquals(200, reply.status(), reply.text());
                    for (JsonNode item : reply.json().path("items")) {
                        assertFalse("rejected".equals(item.path("status").asText()), item.toString());
                        stateById.put(item.path("id").asText(), item.path("indexState").asText());
                        if (from >= ARTICLES / 2 && "pending".equals(item.path("indexState").asText())) {
                            pendingDuringOutage.add(item.path("id").asText());
                        }
                    }
                }
            } finally {
                Launcher.run("service", "start", "test");
            }
            assertFalse(pendingDuringOutage.isEmpty(), "articles ingested while OpenSearch was down wait as pending");

            // Nothing lost: every article has its archived copy and its record.
            List<ArticleRecord> records = new ArrayList<>();
            stack.services().records().forEach(records::add);
            assertEquals(stateById.size(), records.size());
            for (String id : stateById.keySet()) {
                assertTrue(stack.services().archive().getEnriched(id).isPresent(), "archived " + id);
            }
            for (String id : pendingDuringOutage) {
                assertEquals(IndexState.PENDING, stack.services().records().get(id).orElseThrow().indexState());
            }

            Doors doors = stack.stack().doors();
            Reindexer.Report repair = doors.reindexer().pending();
            assertEquals(pendingDuringOutage.size(), repair.indexed(), repair.toString());

            stack.refresh();
            long searchable = records.stream().filter(r -> r.duplicateOf() == null).count();
            JsonNode count = stack.index().count();
            assertEquals(searchable, count.path("count").asLong(), "each original article indexed exactly once");
            List<ArticleRecord> after = new ArrayList<>();
            stack.services().records().forEach(after::add);
            assertTrue(after.stream().noneMatch(r -> r.indexState() == IndexState.PENDING), "no article left pending");
            ReliabilityLog.record("opensearch-killed-halfway", Map.of("articlesSent", ARTICLES, "records", records.size(),
                    "lost", ARTICLES - stateById.size(), "pendingDuringOutage", pendingDuringOutage.size(),
                    "repaired", repair.indexed(), "indexed", count.path("count").asLong(),
                    "duplicatesInIndex", count.path("count").asLong() - searchable));
        }
    }
}
