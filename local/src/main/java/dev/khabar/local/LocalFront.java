package dev.khabar.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for API Gateway's HTTP API: turns each request into the same payload v2 event
 * the cloud sends and hands it to the real handler. Binds to loopback unless told otherwise.
 */
public final class LocalFront implements AutoCloseable {
    /** API Gateway's own payload limit; larger bodies never reach a function. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z").withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final List<Route> routes;
    private final ObjectMapper json;
    private final ExecutorService workers;
    private final StaticFiles page;

    private final WriteGuard guard;

    public LocalFront(String host, int port, List<Route> routes, ObjectMapper json) throws IOException {
        this(host, port, routes, json, WriteGuard.open(), null);
    }

    /** @param page the web page's files to serve beside the API, or null for the API alone */
    public LocalFront(String host, int port, List<Route> routes, ObjectMapper json, WriteGuard guard, StaticFiles page)
            throws IOException {
        this.guard = guard;
        this.routes = routes;
        this.json = json;
        this.page = page;
        // Without TCP_NODELAY the JDK server writes headers and body separately and Nagle's algorithm
        // meets the client's delayed ACK: about 40 ms on every small response. Read once, at first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress(host, port), 128);
        this.workers = Executors.newFixedThreadPool(16);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    public LocalFront start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                send(exchange, 413, error("payload_too_large", "The request body exceeds the API limit of 10 MB.", requestId));
                return;
            }
            if (page != null && StaticFiles.isPagePath(path)) {
                servePage(exchange, method, path, requestId);
                return;
            }
            Route route = null;
            Map<String, String> params = null;
            boolean pathKnown = false;
            for (Route candidate : routes) {
                Map<String, String> p = candidate.match(path);
                if (p != null) {
                    pathKnown = true;
                    if (candidate.method().equals(method)) {
                        route = candidate;
                        params = p;
                        break;
                    }
                }
            }
            if (route == null) {
                int status = pathKnown ? 405 : 404;
                send(exchange, status, error(pathKnown ? "method_not_allowed" : "route_not_found",
                        pathKnown ? "Method not allowed on this path." : "No such route.", requestId));
                return;
            }
            if (!guard.allows(method, exchange.getRequestHeaders().getFirst("x-api-key"))) {
                send(exchange, 401, error("unauthorized", "Write routes need the x-api-key header on this address.", requestId));
                return;
            }
            APIGatewayV2HTTPEvent event = toEvent(exchange, route, params, body, requestId);
            APIGatewayV2HTTPResponse response = route.handler().handleRequest(event, new LocalContext(requestId, route.routeKey()));
            byte[] out = response.getBody() == null ? new byte[0]
                    : response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                    : response.getBody().getBytes(StandardCharsets.UTF_8);
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            }
            exchange.sendResponseHeaders(response.getStatusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (RuntimeException e) {
            // A handler must never throw; if one does, answer like Lambda's integration would.
            send(exchange, 500, error("internal_error", "Internal error.", requestId));
        }
    }

    private void servePage(HttpExchange exchange, String method, String path, String requestId) throws IOException {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            send(exchange, 405, error("method_not_allowed", "Method not allowed on this path.", requestId));
            return;
        }
        var file = page.find(path);
        if (file.isEmpty()) {
            send(exchange, 404, error("route_not_found", "No such file.", requestId));
            return;
        }
        var headers = exchange.getResponseHeaders();
        headers.set("content-type", file.get().contentType());
        headers.set("content-security-policy", StaticFiles.CONTENT_SECURITY_POLICY);
        headers.set("x-content-type-options", "nosniff");
        headers.set("referrer-policy", "no-referrer");
        headers.set("cache-control", "no-cache");
        byte[] bytes = file.get().bytes();
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(bytes);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        if (bytes.length > MAX_PAYLOAD_BYTES) {
            // Read (and drop) a bounded remainder so the client sees our 413 rather than a reset.
            long skipped = 0;
            byte[] sink = new byte[64 * 1024];
            for (int n; skipped < 8L * MAX_PAYLOAD_BYTES && (n = in.read(sink)) > 0; ) {
                skipped += n;
            }
            return null;
        }
        return bytes;
    }

    private APIGatewayV2HTTPEvent toEvent(HttpExchange exchange, Route route, Map<String, String> params, byte[] body,
                                          String requestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> query = parseQuery(rawQuery);
        Map<String, String> decodedParams = new LinkedHashMap<>();
        params.forEach((k, v) -> decodedParams.put(k, URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8)));
        boolean text = isText(headers.get("content-type")) && isUtf8(body);
        Instant now = Instant.now();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.routeKey())
                .withRawPath(exchange.getRequestURI().getRawPath())
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withHeaders(headers)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withPathParameters(decodedParams.isEmpty() ? null : decodedParams)
                .withBody(body.length == 0 ? null : text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && !text)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(requestId)
                        .withRouteKey(route.routeKey())
                        .withStage("$default")
                        .withTime(TIME.format(now))
                        .withTimeEpoch(now.toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(route.method())
                                .withPath(exchange.getRequestURI().getRawPath())
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                                .withUserAgent(headers.get("user-agent"))
                                .build())
                        .build())
                .build();
    }

    /** API Gateway joins repeated query parameters with commas; so do we. */
    static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            try {
                String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                out.merge(key, value, (a, b) -> a + "," + b);
            } catch (IllegalArgumentException e) {
                // A malformed escape: pass the raw text through, as API Gateway does not reject it either.
                out.merge(kv[0], kv.length > 1 ? kv[1] : "", (a, b) -> a + "," + b);
            }
        }
        return out;
    }

    /** API Gateway base64-encodes bodies it does not consider text; handlers must cope with both. */
    private static boolean isText(String contentType) {
        if (contentType == null) {
            return true;
        }
        String ct = contentType.toLowerCase(java.util.Locale.ROOT);
        return ct.startsWith("text/") || ct.contains("json") || ct.contains("xml") || ct.contains("x-www-form-urlencoded");
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private byte[] error(String code, String message, String requestId) {
        ObjectNode root = json.createObjectNode();
        root.putObject("error").put("code", code).put("message", message).put("requestId", requestId);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("content-type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
