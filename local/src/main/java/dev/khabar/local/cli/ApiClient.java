package dev.khabar.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Khabar HTTP API as the CLI sees it: GETs unsigned, writes signed by {@link RequestSigner},
 * and every failure turned into a {@link CliException} with the documented exit code.
 */
public final class ApiClient {
    private final URI base;
    private final HttpClient http;
    private final RequestSigner writeSigner;
    private final ObjectMapper json;

    public ApiClient(URI base, RequestSigner writeSigner, ObjectMapper json) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        this.writeSigner = writeSigner;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public URI base() {
        return base;
    }

    public ObjectMapper json() {
        return json;
    }

    /** The query string for these parameters, repeated keys allowed, empty values left out. */
    public static String query(List<Map.Entry<String, String>> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> p : params) {
            if (p.getValue() == null || p.getValue().isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? '?' : '&')
                    .append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    public JsonNode getJson(String pathAndQuery) {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(uri(pathAndQuery)).GET()
                .header("accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
        failUnlessOk(r.statusCode(), r.body());
        return parse(r.body());
    }

    /** A streamed GET; the caller closes the stream. */
    public InputStream getStream(String pathAndQuery) throws IOException {
        HttpResponse<InputStream> r = send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() / 100 != 2) {
            try (InputStream in = r.body()) {
                failUnlessOk(r.statusCode(), in.readNBytes(64 * 1024));
            }
        }
        return r.body();
    }

    /** A POST answered with JSON: the status and body whatever the status, for callers that tally outcomes. */
    public Reply post(String path, String contentType, byte[] body) {
        URI uri = uri(path);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", contentType);
        headers.put("accept", "application/json");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        writeSigner.sign("POST", uri, headers, body).forEach(request::header);
        HttpResponse<byte[]> r = send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(r.statusCode(), parseOrNull(r.body()), r.body());
    }

    public JsonNode postJson(String path, String contentType, byte[] body) {
        Reply r = post(path, contentType, body);
        failUnlessOk(r.status(), r.raw());
        return r.json();
    }

    /** Fetches any URL (an article to ingest); not the API, so never signed. */
    public HttpResponse<byte[]> fetch(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public record Reply(int status, JsonNode json, byte[] raw) {
        public String errorCode() {
            return json == null ? "http_" + status : json.path("error").path("code").asText("http_" + status);
        }

        public String errorMessage() {
            return json == null ? "" : json.path("error").path("message").asText("");
        }
    }

    private URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            String why = e instanceof java.net.ConnectException ? "connection refused"
                    : e instanceof java.net.http.HttpTimeoutException ? "timed out"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            boolean local = "127.0.0.1".equals(request.uri().getHost()) || "localhost".equals(request.uri().getHost());
            throw new CliException(ExitCodes.UNAVAILABLE, "cannot reach " + request.uri().getScheme() + "://"
                    + request.uri().getAuthority() + ": " + why + (local ? " (is ./khabar up running? else pass --api URL)" : ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.UNAVAILABLE, "interrupted");
        }
    }

    private void failUnlessOk(int status, byte[] body) {
        if (status / 100 == 2) {
            return;
        }
        Reply reply = new Reply(status, parseOrNull(body), body);
        String message = "API answered " + status + " " + reply.errorCode()
                + (reply.errorMessage().isEmpty() ? "" : ": " + reply.errorMessage());
        throw new ApiException(status, reply.errorCode(), message);
    }

    private JsonNode parse(byte[] body) {
        JsonNode node = parseOrNull(body);
        if (node == null) {
            throw new CliException(ExitCodes.UNAVAILABLE, "the API answered something that is not JSON");
        }
        return node;
    }

    private JsonNode parseOrNull(byte[] body) {
        try {
            return body == null || body.length == 0 ? null : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
