package dev.khabar.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.errors.KhabarException;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The one place that turns results and exceptions into HTTP responses. Error bodies are always
 * {@code {"error":{"code","message","requestId"}}}; exception text never reaches a caller.
 */
public final class HttpApiResponses {
    private static final Map<String, String> JSON_HEADERS = Map.of(
            "content-type", "application/json; charset=utf-8",
            "x-content-type-options", "nosniff",
            "cache-control", "no-store");
    private final ObjectMapper json;
    private final RequestLog log;

    public HttpApiResponses(ObjectMapper json, RequestLog log) {
        this.json = json;
        this.log = log;
    }

    public APIGatewayV2HTTPResponse json(int status, Object body) {
        try {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(JSON_HEADERS)
                    .withBody(json.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response not serialisable", e);
        }
    }

    /** A body that is JSON already (serialised once, served many times). */
    public APIGatewayV2HTTPResponse rawJson(int status, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(JSON_HEADERS).withBody(body).build();
    }

    public APIGatewayV2HTTPResponse error(int status, String code, String message, String requestId) {
        ObjectNode root = json.createObjectNode();
        root.putObject("error").put("code", code).put("message", message).put("requestId", requestId);
        return json(status, root);
    }

    /** Runs a route, mapping every failure to its response and logging one summary line. */
    public APIGatewayV2HTTPResponse guard(HttpApiRequest request, Supplier<APIGatewayV2HTTPResponse> route) {
        long start = System.nanoTime();
        APIGatewayV2HTTPResponse response;
        String failure = null;
        try {
            response = route.get();
        } catch (DependencyUnavailableException e) {
            failure = e.dependency() + ": " + rootCause(e);
            response = withRetryAfter(error(e.status(), e.code(), e.getMessage(), request.requestId()));
        } catch (KhabarException e) {
            response = error(e.status(), e.code(), e.getMessage(), request.requestId());
        } catch (RuntimeException | StackOverflowError e) {
            failure = rootCause(e);
            response = error(500, "internal_error", "Something went wrong on our side; the request id identifies it.",
                    request.requestId());
        }
        log.request(request, response.getStatusCode(), (System.nanoTime() - start) / 1_000_000, failure);
        return response;
    }

    private static APIGatewayV2HTTPResponse withRetryAfter(APIGatewayV2HTTPResponse response) {
        java.util.Map<String, String> headers = new java.util.HashMap<>(response.getHeaders());
        headers.put("retry-after", "5");
        response.setHeaders(headers);
        return response;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        // The message of our own exceptions names types and states, never article text.
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        return t.getClass().getSimpleName() + (message.length() > 200 ? message.substring(0, 200) : message);
    }
}
