package dev.khabar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.errors.BatchTooLargeException;
import dev.khabar.errors.InvalidInputException;
import dev.khabar.errors.KhabarException;
import dev.khabar.errors.PayloadTooLargeException;
import dev.khabar.model.ArticleInput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code POST /articles:batch}: a JSON array of articles or {@code {"articles":[...]}}. The
 * batch as a whole is refused only when it is not one (or too big); a bad item is refused on its own.
 */
public final class BatchRequestReader {
    public static final int MAX_ITEMS = 100;
    private final ObjectMapper json;
    private final ArticleRequestReader articles;
    private final IngestLimits limits;

    public BatchRequestReader(ObjectMapper json, ArticleRequestReader articles, IngestLimits limits) {
        this.json = json;
        this.articles = articles;
        this.limits = limits;
    }

    /** One item: the submission, or why it was refused. */
    public record Item(Submission submission, String code, String reason) {
    }

    public List<Item> read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException("empty_body", "The request body is empty.");
        }
        JsonNode root;
        try {
            root = json.readTree(RawInputReader.utf8(body));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("invalid_json", "The body is not valid JSON.");
        }
        JsonNode list = root != null && root.isObject() && root.size() == 1 ? root.get("articles") : root;
        if (list == null || !list.isArray()) {
            throw new InvalidInputException("invalid_batch", "The body must be a JSON array of articles or {\"articles\":[...]}.");
        }
        if (list.isEmpty()) {
            throw new InvalidInputException("empty_batch", "The batch holds no articles.");
        }
        if (list.size() > MAX_ITEMS) {
            throw new BatchTooLargeException(MAX_ITEMS);
        }
        List<Item> items = new ArrayList<>(list.size());
        for (JsonNode node : list) {
            try {
                ArticleInput input = articles.fromNode(node);
                byte[] raw = node.toString().getBytes(StandardCharsets.UTF_8);
                if (raw.length > limits.maxBodyBytes()) {
                    throw new PayloadTooLargeException(limits.maxBodyBytes());
                }
                items.add(new Item(new Submission(input, new RawInput(raw, "application/json", "http-batch")), null, null));
            } catch (KhabarException e) {
                items.add(new Item(null, e.code(), e.getMessage()));
            }
        }
        return items;
    }
}
