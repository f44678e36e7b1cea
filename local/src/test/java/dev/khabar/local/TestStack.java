package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.AppConfig;
import dev.khabar.aws.JsonMappers;
import dev.khabar.aws.OpenSearchSearchIndex;
import dev.khabar.aws.Services;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The real local servers started by {@code ./khabar test}, with a bucket, table and index of this
 * test's own (unique names), and the local front serving the real handlers on a free port.
 */
public final class TestStack implements AutoCloseable {
    private final LocalStack stack;
    private final Services services;
    private final LocalFront front;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = JsonMappers.create();

    private TestStack(AppConfig config, boolean withIndex) throws IOException {
        LocalStack local = new LocalStack(config);
        this.stack = withIndex ? local.provision() : local.provisionStorage();
        this.services = stack.services();
        this.front = new LocalFront("127.0.0.1", 0, LocalRoutes.of(services), services.json()).start();
    }

    /** A fresh, isolated stack on the servers named by the environment ./khabar test exports. */
    public static TestStack start() throws IOException {
        return new TestStack(config(System.getenv(), UUID.randomUUID().toString().substring(0, 8)), true);
    }

    /** A stack on the given config; without the index when its OpenSearch is meant to be unreachable. */
    public static TestStack start(AppConfig config, boolean withIndex) throws IOException {
        return new TestStack(config, withIndex);
    }

    public static AppConfig config(Map<String, String> env, String suffix) {
        String openSearch = env.get("KHABAR_OPENSEARCH_ENDPOINT");
        if (openSearch == null || env.get("AWS_ENDPOINT_URL_S3") == null || env.get("AWS_ENDPOINT_URL_DYNAMODB") == null) {
            throw new IllegalStateException("Integration tests need the local servers: run them with ./khabar test");
        }
        return new AppConfig("khabar-it-" + suffix, "khabar-it-" + suffix, openSearch, "articles-it-" + suffix,
                "us-east-1", env.get("AWS_ENDPOINT_URL_S3"));
    }

    public LocalStack stack() {
        return stack;
    }

    public Services services() {
        return services;
    }

    public OpenSearchSearchIndex index() {
        return stack.searchIndex();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + front.port();
    }

    public record Reply(int status, JsonNode json, String text, Map<String, java.util.List<String>> headers) {
    }

    public Reply get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).GET().build());
    }

    public Reply post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("content-type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Reply postJson(String path, String body) throws IOException, InterruptedException {
        return post(path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    public Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode parsed = null;
        try {
            parsed = r.body().isEmpty() ? null : json.readTree(r.body());
        } catch (IOException notJson) {
            // Some routes answer CSV or HTML.
        }
        return new Reply(r.statusCode(), parsed, r.body(), r.headers().map());
    }

    public void refresh() {
        index().refresh();
    }

    @Override
    public void close() {
        front.close();
    }
}
