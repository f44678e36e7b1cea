package dev.khabar.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** Read-only view of an HTTP API (payload v2) event with the lookups handlers need. */
public final class HttpApiRequest {
    private final APIGatewayV2HTTPEvent event;

    public HttpApiRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
    }

    public String routeKey() {
        return event.getRouteKey() == null ? method() + " " + path() : event.getRouteKey();
    }

    public String method() {
        var ctx = event.getRequestContext();
        return ctx == null || ctx.getHttp() == null ? "GET" : ctx.getHttp().getMethod().toUpperCase(Locale.ROOT);
    }

    public String path() {
        return event.getRawPath() == null ? "/" : event.getRawPath();
    }

    public String requestId() {
        var ctx = event.getRequestContext();
        return ctx == null || ctx.getRequestId() == null ? "local" : ctx.getRequestId();
    }

    public String header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    public String query(String name) {
        Map<String, String> params = event.getQueryStringParameters();
        return params == null ? null : params.get(name);
    }

    public String rawQueryString() {
        return event.getRawQueryString();
    }

    public String pathParameter(String name) {
        Map<String, String> params = event.getPathParameters();
        return params == null ? null : params.get(name);
    }

    public byte[] bodyBytes() {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (event.getIsBase64Encoded()) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                return new byte[0];
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
