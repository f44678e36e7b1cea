package dev.khabar.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.model.Article;
import dev.khabar.errors.InvalidInputException;
import dev.khabar.search.FacetValue;
import dev.khabar.search.IndexPage;
import dev.khabar.search.Matched;
import dev.khabar.search.SearchHit;
import dev.khabar.search.SearchQuery;
import dev.khabar.store.HealthCheck;
import dev.khabar.store.SearchIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    private final OpenSearchQueries queries;

    private final OpenSearchBulk bulk;

    public OpenSearchSearchIndex(OpenSearchHttp http, ObjectMapper json, ArticleDocuments documents, String alias) {
        this.http = http;
        this.json = json;
        this.documents = documents;
        this.alias = alias;
        this.queries = new OpenSearchQueries(json);
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

    public String alias() {
        return alias;
    }

    /** How many documents the alias holds (for checks and the reliability report). */
    public JsonNode count() {
        return http.expectOk("GET", "/" + alias + "/_count", null).body();
    }

    public void refresh() {
        http.expectOk("POST", "/" + alias + "/_refresh", null);
    }

    @Override
    public IndexPage search(SearchQuery query) {
        ObjectNode body = queries.search(query);
        String endpoint = query.page().pit() == null ? "/" + alias + "/_search" : "/_search";
        OpenSearchHttp.Reply reply = http.send("POST", endpoint, body);
        if (!reply.ok()) {
            if (query.page().pit() != null && reply.status() >= 400 && reply.status() < 500) {
                throw new InvalidInputException("cursor_expired", "The cursor has expired; start the search again without it.");
            }
            throw new IllegalStateException("OpenSearch search answered " + reply.status() + ": "
                    + (reply.body() == null ? "" : reply.body().path("error").path("type").asText()));
        }
        JsonNode response = reply.body();
        List<SearchHit> hits = new ArrayList<>();
        List<Object> lastSort = null;
        for (JsonNode hit : response.path("hits").path("hits")) {
            JsonNode src = hit.path("_source");
            hits.add(new SearchHit(hit.path("_id").asText(), text(src, "title"), snippet(hit.path("highlight")),
                    text(src, "url"), text(src, "source"), text(src, "language"), text(src, "published"),
                    hit.path("_score").isNumber() ? hit.path("_score").asDouble() : 0.0, matched(hit.path("matched_queries"))));
            lastSort = json.convertValue(hit.path("sort"), List.class);
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        // Facets are at the top level, or inside a filter aggregation when other facets' filters apply.
        for (Iterator<Map.Entry<String, JsonNode>> top = response.path("aggregations").fields(); top.hasNext(); ) {
            Map.Entry<String, JsonNode> agg = top.next();
            Iterator<Map.Entry<String, JsonNode>> it = OpenSearchQueries.FACET_NAMES.contains(agg.getKey())
                    ? List.of(agg).iterator() : agg.getValue().fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (OpenSearchQueries.FACET_NAMES.contains(e.getKey())) {
                    List<FacetValue> values = new ArrayList<>();
                    for (JsonNode b : e.getValue().path("buckets")) {
                        values.add(new FacetValue(b.path("key").asText(), null, b.path("doc_count").asLong()));
                    }
                    facets.put(e.getKey(), values);
                }
            }
        }
        String pit = response.hasNonNull("pit_id") ? response.get("pit_id").asText() : null;
        return new IndexPage(hits, response.path("hits").path("total").path("value").asLong(), facets, lastSort, pit);
    }

    private static Matched matched(JsonNode names) {
        Set<String> entities = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        Set<String> expansions = new LinkedHashSet<>();
        for (JsonNode n : names) {
            String[] parts = n.asText().split("\\|", 3);
            switch (parts[0]) {
                case "e" -> entities.add(parts[1]);
                case "t" -> terms.add(parts[1]);
                case "x" -> expansions.add(parts.length > 2 ? parts[2] : parts[1]);
                default -> { }
            }
        }
        return new Matched(List.copyOf(entities), List.copyOf(terms), List.copyOf(expansions));
    }

    @Override
    public Timeline timeline(SearchQuery query, String interval) {
        JsonNode response = http.expectOk("POST", "/" + alias + "/_search", queries.timeline(query, interval)).body();
        List<Bucket> buckets = new ArrayList<>();
        for (JsonNode b : response.path("aggregations").path("timeline").path("buckets")) {
            buckets.add(new Bucket(b.path("key_as_string").asText(), b.path("doc_count").asLong()));
        }
        return new Timeline(response.path("hits").path("total").path("value").asLong(), buckets);
    }

    @Override
    public String openPointInTime() {
        JsonNode reply = http.send("POST", "/" + alias + "/_search/point_in_time", null,
                Map.of("keep_alive", OpenSearchQueries.PIT_KEEP_ALIVE)).body();
        if (reply == null || !reply.hasNonNull("pit_id")) {
            throw new IllegalStateException("OpenSearch did not open a point in time");
        }
        return reply.get("pit_id").asText();
    }

    @Override
    public Map<String, Long> entityCounts(Collection<String> ids) {
        ObjectNode body = json.createObjectNode();
        body.put("size", 0);
        ArrayNode values = body.putObject("query").putObject("terms").putArray("entity_ids");
        ids.forEach(values::add);
        ObjectNode terms = body.putObject("aggs").putObject("ids").putObject("terms");
        terms.put("field", "entity_ids").put("size", ids.size());
        ArrayNode include = terms.putArray("include");
        ids.forEach(include::add);
        JsonNode response = http.expectOk("POST", "/" + alias + "/_search", body).body();
        Map<String, Long> out = new LinkedHashMap<>();
        for (JsonNode b : response.path("aggregations").path("ids").path("buckets")) {
            out.put(b.path("key").asText(), b.path("doc_count").asLong());
        }
        return out;
    }

    @Override
    public EntityStats entityStats(String id) {
        ObjectNode body = json.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", true);
        body.putObject("query").putObject("term").put("entity_ids", id);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("first").putObject("min").put("field", "published").put("format", "strict_date_optional_time");
        aggs.putObject("last").putObject("max").put("field", "published").put("format", "strict_date_optional_time");
        JsonNode response = http.expectOk("POST", "/" + alias + "/_search", body).body();
        long count = response.path("hits").path("total").path("value").asLong();
        return new EntityStats(count, count == 0 ? null : text(response.path("aggregations").path("first"), "value_as_string"),
                count == 0 ? null : text(response.path("aggregations").path("last"), "value_as_string"));
    }

    public ObjectNode searchBody(SearchQuery query) {
        return queries.search(query);
    }

    /** The request {@link #timeline} sends, without sending it (benchmarks send it raw to compare). */
    public ObjectNode timelineBody(SearchQuery query, String interval) {
        return queries.timeline(query, interval);
    }

    /** Drops the alias and every index behind it (benchmarks clean up after themselves). */
    public void deleteAll() {
        OpenSearchHttp.Reply aliases = http.send("GET", "/_alias/" + alias, null);
        if (aliases.status() != 200 || aliases.body() == null) {
            return;
        }
        for (Iterator<String> it = aliases.body().fieldNames(); it.hasNext(); ) {
            http.send("DELETE", "/" + it.next(), null);
        }
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
