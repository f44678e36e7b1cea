package dev.khabar.functions.search;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.ingest.RawInput;
import dev.khabar.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchApiHandlerTest {
    private final TestServices fakes = new TestServices();
    private final SearchApiHandler handler = new SearchApiHandler(fakes.services);

    private JsonNode body(APIGatewayV2HTTPResponse r) throws Exception {
        return fakes.json.readTree(r.getBody());
    }

    private void ingestSeed() throws Exception {
        Path root = Path.of(System.getenv().getOrDefault("KHABAR_REPO_ROOT", "../.."));
        byte[] seed = Files.readAllBytes(root.resolve("samples/000_8ca666154d1ccad1.txt"));
        fakes.services.pipeline().ingest(fakes.services.requestReader().read("text/plain", seed),
                new RawInput(seed, "text/plain", "test"));
    }

    @Test
    void shouldReturnTheStoredArticleForAGetEvent() throws Exception {
        ingestSeed();
        APIGatewayV2HTTPResponse r = handler.handleRequest(fakes.event("http-get-article.json", APIGatewayV2HTTPEvent.class), null);
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertEquals("d2c32dbbdd4ae11e", body(r).path("id").asText());
        assertEquals("indexed", body(r).path("indexState").asText());
    }

    @Test
    void shouldAnswer404WithACodeForAnUnknownArticle() throws Exception {
        APIGatewayV2HTTPResponse r = handler.handleRequest(fakes.event("http-get-article.json", APIGatewayV2HTTPEvent.class), null);
        assertEquals(404, r.getStatusCode());
        assertEquals("article_not_found", body(r).path("error").path("code").asText());
    }

    @Test
    void shouldSearchWithTheQueryFromTheEvent() throws Exception {
        ingestSeed();
        APIGatewayV2HTTPResponse r = handler.handleRequest(fakes.event("http-search-arabic.json", APIGatewayV2HTTPEvent.class), null);
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertEquals("d2c32dbbdd4ae11e", body(r).path("hits").path(0).path("id").asText());
    }

    @Test
    void shouldReportADownDependencyAsDegraded() throws Exception {
        fakes.index.down = true;
        APIGatewayV2HTTPResponse r = handler.handleRequest(fakes.event("http-health.json", APIGatewayV2HTTPEvent.class), null);
        assertEquals(200, r.getStatusCode());
        assertEquals("degraded", body(r).path("status").asText());
        assertEquals("down", body(r).path("dependencies").path("opensearch").asText());
    }
}
