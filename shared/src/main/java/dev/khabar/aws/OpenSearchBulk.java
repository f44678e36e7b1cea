package dev.khabar.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.model.Article;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes articles with {@code _bulk}, one request per batch, and reads back which items failed so
 * only those stay PENDING. Document ids are the article ids, so a repeated batch overwrites in place.
 */
public final class OpenSearchBulk {
    /** Keeps one request well under OpenSearch's 100 MB default limit even with long articles. */
    private static final int MAX_REQUEST_CHARS = 8_000_000;
    private final OpenSearchHttp http;
    private final ObjectMapper json;
    private final ArticleDocuments documents;

    public OpenSearchBulk(OpenSearchHttp http, ObjectMapper json, ArticleDocuments documents) {
        this.http = http;
        this.json = json;
        this.documents = documents;
    }

    public Set<String> write(String index, List<Article> articles) {
        Set<String> failed = new HashSet<>();
        StringBuilder body = new StringBuilder();
        int start = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            body.append("{\"index\":{\"_id\":\"").append(a.id()).append("\"}}\n");
            try {
                body.append(json.writeValueAsString(documents.toDocument(a))).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Index document not serialisable", e);
            }
            if (body.length() > MAX_REQUEST_CHARS || i == articles.size() - 1) {
                failed.addAll(send(index, body.toString(), articles.subList(start, i + 1)));
                body.setLength(0);
                start = i + 1;
            }
        }
        return failed;
    }

    private Set<String> send(String index, String ndjson, List<Article> sent) {
        JsonNode reply = http.expectOk("POST", "/" + index + "/_bulk", ndjson).body();
        Set<String> failed = new HashSet<>();
        if (reply.path("errors").asBoolean(false)) {
            for (JsonNode item : reply.path("items")) {
                JsonNode result = item.path("index");
                if (result.has("error")) {
                    failed.add(result.path("_id").asText());
                }
            }
        }
        if (reply.path("items").size() != sent.size()) {
            sent.forEach(a -> failed.add(a.id()));
        }
        return failed;
    }
}
