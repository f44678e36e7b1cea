package dev.khabar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.errors.InvalidInputException;
import dev.khabar.errors.PayloadTooLargeException;
import dev.khabar.errors.UnsupportedMediaTypeException;
import dev.khabar.model.ArticleInput;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/** Turns a request body (JSON or the raw text format) into an {@link ArticleInput}, strictly. */
public final class ArticleRequestReader {
    private static final Set<String> FIELDS = Set.of("title", "body", "url", "published", "language", "source");

    private final ObjectMapper json;
    private final RawTextParser rawText;
    private final IngestLimits limits;

    public ArticleRequestReader(ObjectMapper json, RawTextParser rawText, IngestLimits limits) {
        this.json = json;
        this.rawText = rawText;
        this.limits = limits;
    }

    public ArticleInput read(String contentType, byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException("empty_body", "The request body is empty.");
        }
        if (body.length > limits.maxBodyBytes()) {
            throw new PayloadTooLargeException(limits.maxBodyBytes());
        }
        String text = decodeUtf8(body);
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/json", "" -> fromJson(text);
            case "text/plain", "text/markdown" -> rawText.parse(text);
            default -> throw new UnsupportedMediaTypeException(type);
        };
    }

    public ArticleInput fromJson(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("invalid_json", "The body is not valid JSON.");
        }
        return fromNode(node);
    }

    public ArticleInput fromNode(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidInputException("invalid_json", "The body must be a JSON object.");
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException("unknown_field", "Unknown field '" + dev.khabar.errors.Sanitize.forMessage(name)
                        + "'; allowed: title, body, url, published, language, source.");
            }
        }
        return new ArticleInput(text(object, "title"), text(object, "body"), text(object, "url"),
                text(object, "published"), text(object, "language"), text(object, "source"));
    }

    private static String text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidInputException("invalid_field", "Field '" + field + "' must be a string.");
        }
        return value.asText();
    }

    private static String decodeUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("invalid_encoding", "The body is not valid UTF-8.");
        }
    }
}
