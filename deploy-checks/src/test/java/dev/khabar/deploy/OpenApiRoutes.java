package dev.khabar.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** api/openapi.json read as the HTTP API will be: route key → the operation and the function behind it. */
final class OpenApiRoutes {
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern FUNCTION_ARN = Pattern.compile("\\$\\{([A-Za-z0-9]+)\\.Arn}:live/invocations$");
    private final JsonNode doc;

    OpenApiRoutes(Path file) throws IOException {
        this.doc = new ObjectMapper().readTree(file.toFile());
    }

    JsonNode doc() {
        return doc;
    }

    /** "POST /articles" → its operation object. */
    Map<String, JsonNode> operations() {
        Map<String, JsonNode> ops = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> op = it.next();
                if (METHODS.contains(op.getKey())) {
                    ops.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                }
            }
        }
        return ops;
    }

    /** The template's logical id of the function an operation's integration invokes, or null. */
    static String function(JsonNode operation) {
        JsonNode uri = operation.path("x-amazon-apigateway-integration").path("uri").path("Fn::Sub");
        Matcher m = FUNCTION_ARN.matcher(uri.asText());
        return m.find() ? m.group(1) : null;
    }
}
