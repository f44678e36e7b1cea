package dev.khabar.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.time.Instant;

/**
 * One JSON line per request: route, status, duration and, on failure, the exception class only.
 * Never bodies or query text: articles and searches can be sensitive.
 */
public final class RequestLog {
    private final ObjectMapper json;
    private final PrintStream out;
    private final String function;

    public RequestLog(ObjectMapper json, PrintStream out, String function) {
        this.json = json;
        this.out = out;
        this.function = function;
    }

    public void request(HttpApiRequest request, int status, long millis, String failure) {
        ObjectNode line = json.createObjectNode();
        line.put("time", Instant.now().toString());
        line.put("level", status >= 500 ? "ERROR" : "INFO");
        line.put("function", function);
        line.put("requestId", request.requestId());
        line.put("route", request.routeKey());
        line.put("status", status);
        line.put("durationMs", millis);
        if (failure != null) {
            line.put("failure", failure);
        }
        out.println(line);
    }
}
