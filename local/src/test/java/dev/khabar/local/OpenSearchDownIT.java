package dev.khabar.local;

import dev.khabar.aws.AppConfig;
import dev.khabar.model.IndexState;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With OpenSearch unreachable (a real refused connection, not a mock), ingest still archives the
 * article and records that it awaits indexing; search answers 503; a retry once the index is back
 * makes the article searchable.
 */
class OpenSearchDownIT {

    @Test
    void shouldArchiveAndMarkPendingWhileSearchAnswers503ThenRepairOnRetry() throws Exception {
        AppConfig healthy = TestStack.config(System.getenv(), UUID.randomUUID().toString().substring(0, 8));
        AppConfig broken = new AppConfig(healthy.bucket(), healthy.table(), "http://127.0.0.1:" + closedPort(),
                healthy.indexAlias(), healthy.region(), healthy.s3Endpoint());
        String body = "{\"title\":\"Istanbul ferry strike ends\",\"body\":\"Ferry workers in Istanbul returned to work on Friday after a two-day strike over wages.\",\"url\":\"https://news.example.org/tr/ferry-strike\"}";
        String id;
        try (TestStack down = TestStack.start(broken, false)) {
            TestStack.Reply created = down.postJson("/articles", body);
            assertEquals(201, created.status(), created.text());
            assertEquals("pending", created.json().path("indexState").asText());
            id = created.json().path("id").asText();

            assertTrue(down.services().archive().getEnriched(id).isPresent(), "archived in S3");
            assertEquals(IndexState.PENDING, down.services().records().get(id).orElseThrow().indexState());

            TestStack.Reply search = down.get("/search?q=ferry");
            assertEquals(503, search.status());
            assertEquals("dependency_unavailable", search.json().path("error").path("code").asText());

            TestStack.Reply health = down.get("/health");
            assertEquals("degraded", health.json().path("status").asText());
            assertEquals("down", health.json().path("dependencies").path("opensearch").asText());
        }
        try (TestStack up = TestStack.start(healthy, true)) {
            TestStack.Reply retried = up.postJson("/articles", body);
            assertEquals(200, retried.status(), retried.text());
            assertEquals(id, retried.json().path("id").asText());
            assertEquals("indexed", retried.json().path("indexState").asText());
            up.refresh();
            TestStack.Reply search = up.get("/search?q=ferry+strike");
            assertEquals(id, search.json().path("hits").path(0).path("id").asText());
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
