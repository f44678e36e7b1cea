package dev.khabar.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.model.Article;
import dev.khabar.search.SearchHit;
import dev.khabar.search.SearchPage;
import dev.khabar.search.SearchQuery;
import dev.khabar.store.HealthCheck;
import dev.khabar.store.SearchIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The search index behind an alias, so it can be rebuilt under a new name and swapped. */
public final class OpenSearchSearchIndex implements SearchIndex, HealthCheck {
    private static final String MAPPING_RESOURCE = "/opensearch/articles-index.json";
    private final OpenSearchHttp http;
    private final ObjectMapper json;
    private final ArticleDocuments documents;
    private final String alias;

    private final OpenSearchBulk bulk;

    public OpenSearchSearchIndex(OpenSearchHttp http, ObjectMapper json, ArticleDocuments documents, String alias) {
        this.http = http;
        this.json = json;
        this.documents = documents;
        this.alias = alias;
        this.bulk = new OpenSearchBulk(http, json, documents);
    }

    /** Creates {@code alias-v1} and points the alias at it, unless the alias already exists. */
    public void ensureIndex() {
        if (http.send("HEAD", "/_alias/" + alias, null).status() == 200) {
            return;
        }
        String index = alias + "-v1";
        OpenSearchHttp.Reply created = http.send("PUT", "/" + index, indexDefinition());
        if (!created.ok() && !created.body().path("error").path("type").asText().equals("resource_already_exists_exception")) {
            throw new IllegalStateException("Could not create index " + index + ": " + created.body());
        }
        ObjectNode actions = json.createObjectNode();
        actions.putArray("actions").addObject().putObject("add").put("index", index).put("alias", alias);
        http.expectOk("POST", "/_aliases", actions);
    }

    public JsonNode indexDefinition() {
        try (InputStream in = OpenSearchSearchIndex.class.getResourceAsStream(MAPPING_RESOURCE)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void index(Article article) {
        http.expectOk("PUT", "/" + alias + "/_doc/" + article.id(), documents.toDocument(article));
    }

    @Override
    public Set<String> indexAll(List<Article> articles) {
        if (articles.isEmpty()) {
            return Set.of();
        }
        return bulk.write(alias, articles);
    }

    public void refresh() {
        http.expectOk("POST", "/" + alias + "/_refresh", null);
    }

    @Override
    public SearchPage search(SearchQuery query) {
        JsonNode response = http.expectOk("POST", "/" + alias + "/_search", searchBody(query)).body();
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            JsonNode src = hit.path("_source");
            hits.add(new SearchHit(hit.path("_id").asText(), text(src, "title"), snippet(hit.path("highlight")),
                    text(src, "url"), text(src, "language"), text(src, "published"), hit.path("_score").asDouble()));
        }
        return new SearchPage(hits, response.path("hits").path("total").path("value").asLong());
    }

    public ObjectNode searchBody(SearchQuery query) {
        ObjectNode body = json.createObjectNode();
        body.put("size", query.size());
        body.put("track_total_hits", true);
        ObjectNode mm = body.putObject("query").putObject("multi_match");
        mm.put("query", query.text());
        mm.putArray("fields").add("title^2").add("body").add("title_*^3").add("body_*^1.5");
        mm.put("type", "best_fields");
        mm.put("lenient", true);
        ArrayNode source = body.putArray("_source");
        for (String f : List.of("id", "title", "url", "language", "published", "source")) {
            source.add(f);
        }
        ObjectNode highlight = body.putObject("highlight");
        highlight.put("encoder", "html");
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        highlight.put("fragment_size", 180);
        highlight.put("number_of_fragments", 1);
        highlight.put("no_match_size", 180);
        highlight.putObject("fields").putObject("body*");
        return body;
    }

    private static String snippet(JsonNode highlight) {
        String fallback = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = highlight.fields(); it.hasNext(); ) {
            JsonNode fragments = it.next().getValue();
            if (fragments.isArray() && !fragments.isEmpty()) {
                String s = fragments.get(0).asText();
                if (s.contains("<mark>")) {
                    return s;
                }
                fallback = fallback == null ? s : fallback;
            }
        }
        return fallback;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Override
    public String name() {
        return "opensearch";
    }

    @Override
    public boolean isUp() {
        try {
            return http.send("GET", "/_cluster/health", null).ok();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
