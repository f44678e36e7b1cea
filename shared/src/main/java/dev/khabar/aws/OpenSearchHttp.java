package dev.khabar.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.errors.DependencyUnavailableException;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

import java.io.IOException;
import java.util.Map;

/**
 * JSON in, JSON out over the OpenSearch client's generic API, with one place that turns transport
 * failures and 5xx answers into {@link DependencyUnavailableException}.
 */
public final class OpenSearchHttp {
    private final OpenSearchGenericClient client;
    private final ObjectMapper json;

    public OpenSearchHttp(OpenSearchGenericClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    public record Reply(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Reply send(String method, String endpoint, Object body, Map<String, String> query) {
        try {
            Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint);
            if (body != null) {
                request.body(Body.from(body instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : json.writeValueAsBytes(body), "application/json"));
            }
            if (query != null && !query.isEmpty()) {
                request.query(query);
            }
            try (Response response = client.execute(request.build())) {
                JsonNode parsed = null;
                if (response.getBody().isPresent()) {
                    try (Body b = response.getBody().get()) {
                        byte[] bytes = b.bodyAsBytes();
                        parsed = bytes.length == 0 ? null : json.readTree(bytes);
                    }
                }
                if (response.getStatus() >= 500 || response.getStatus() == 429) {
                    throw new DependencyUnavailableException("search", null);
                }
                return new Reply(response.getStatus(), parsed);
            }
        } catch (IOException e) {
            throw new DependencyUnavailableException("search", e);
        } catch (DependencyUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // The transport wraps connection failures (refused, reset, timed out) in runtime exceptions.
            if (e.getCause() instanceof IOException) {
                throw new DependencyUnavailableException("search", e);
            }
            throw e;
        }
    }

    public Reply send(String method, String endpoint, Object body) {
        return send(method, endpoint, body, null);
    }

    public Reply expectOk(String method, String endpoint, Object body) {
        Reply reply = send(method, endpoint, body, null);
        if (!reply.ok()) {
            throw new IllegalStateException("OpenSearch " + method + " " + endpoint + " answered " + reply.status()
                    + ": " + (reply.body() == null ? "" : reply.body().path("error").path("type").asText()
                    + " " + reply.body().path("error").path("reason").asText().replaceAll("\\[[^\\]]{40,}\\]", "[…]")));
        }
        return reply;
    }
}
