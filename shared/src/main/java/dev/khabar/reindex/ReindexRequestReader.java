package dev.khabar.reindex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.errors.InvalidInputException;

import java.io.IOException;
import java.util.Set;

/** Reads {@code {"mode":"full"|"pending"|"reextract"}} (an empty body means full). */
public final class ReindexRequestReader {
    public static final Set<String> MODES = Set.of("full", "pending", "reextract");
    private final ObjectMapper json;

    public ReindexRequestReader(ObjectMapper json) {
        this.json = json;
    }

    public String mode(byte[] body) {
        if (body == null || body.length == 0) {
            return "full";
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            throw new InvalidInputException("invalid_json", "The body is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("invalid_json", "The body must be a JSON object.");
        }
        String mode = node.path("mode").asText("full");
        if (!MODES.contains(mode)) {
            throw new InvalidInputException("invalid_mode", "Field 'mode' must be full, pending or reextract.");
        }
        return mode;
    }
}
