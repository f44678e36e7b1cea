package dev.khabar.functions.ingest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.testing.TestServices;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestApiHandlerTest {
    private final TestServices fakes = new TestServices();
    private final IngestApiHandler handler = new IngestApiHandler(fakes.services);

    private JsonNode body(APIGatewayV2HTTPResponse r) throws Exception {
        return fakes.json.readTree(r.getBody());
    }

    @Test
    void shouldCreateTheSeedFromARawTextEventThenAnswer200OnTheRepeat() throws Exception {
        APIGatewayV2HTTPEvent event = fakes.event("http-post-article-seed.json", APIGatewayV2HTTPEvent.class);
        APIGatewayV2HTTPResponse first = handler.handleRequest(event, null);
        assertEquals(201, first.getStatusCode(), first.getBody());
        assertEquals("ar", body(first).path("language").asText());
        assertTrue(first.getHeaders().get("content-type").startsWith("application/json"));
        APIGatewayV2HTTPResponse second = handler.handleRequest(event, null);
        assertEquals(200, second.getStatusCode());
        assertEquals(body(first).path("id"), body(second).path("id"));
        assertEquals(1, fakes.records.records.size());
    }

    @Test
    void shouldCreateAJsonArticleAndKeepItsPublishedDate() throws Exception {
        APIGatewayV2HTTPResponse r = handler.handleRequest(fakes.event("http-post-article-json.json", APIGatewayV2HTTPEvent.class), null);
        assertEquals(201, r.getStatusCode(), r.getBody());
        assertEquals("tr", body(r).path("language").asText());
        assertEquals("2026-06-09T14:05", body(r).path("published").asText());
        assertEquals("aa.com.tr", body(r).path("source").asText());
    }

    @Test
    void shouldAnswer400WithTheRequestIdForBadJson() throws Exception {
        APIGatewayV2HTTPResponse r = handler.handleRequest(fakes.event("http-post-article-bad-json.json", APIGatewayV2HTTPEvent.class), null);
        assertEquals(400, r.getStatusCode());
        JsonNode error = body(r).path("error");
        assertEquals("invalid_json", error.path("code").asText());
        assertEquals("c6af9ac6-7b61-11e6-9a41-93e8deadbeef", error.path("requestId").asText());
        assertFalse(r.getBody().contains("Exception"));
    }

    @Test
    void shouldAnswer503AndWriteNothingWhenTheArchiveIsDown() throws Exception {
        fakes.archive.down = true;
        APIGatewayV2HTTPResponse r = handler.handleRequest(fakes.event("http-post-article-json.json", APIGatewayV2HTTPEvent.class), null);
        assertEquals(503, r.getStatusCode());
        assertEquals("dependency_unavailable", body(r).path("error").path("code").asText());
        assertEquals("5", r.getHeaders().get("retry-after"));
        assertTrue(fakes.records.records.isEmpty());
    }
}
