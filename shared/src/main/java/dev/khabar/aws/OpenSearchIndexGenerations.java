package dev.khabar.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.model.Article;
import dev.khabar.store.IndexGenerations;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Generations are named {@code alias-vN}; the alias moves with one {@code _aliases} call (atomic in OpenSearch). */
public final class OpenSearchIndexGenerations implements IndexGenerations {
    private final OpenSearchHttp http;
    private final ObjectMapper json;
    private final OpenSearchSearchIndex index;
    private final OpenSearchBulk bulk;
    private final String alias;

    public OpenSearchIndexGenerations(OpenSearchHttp http, ObjectMapper json, OpenSearchSearchIndex index,
                                      OpenSearchBulk bulk, String alias) {
        this.http = http;
        this.json = json;
        this.index = index;
        this.bulk = bulk;
        this.alias = alias;
    }

    @Override
    public String current() {
        OpenSearchHttp.Reply reply = http.send("GET", "/_alias/" + alias, null);
        if (!reply.ok() || reply.body() == null || !reply.body().fieldNames().hasNext()) {
            index.ensureIndex();
            return alias + "-v1";
        }
        return reply.body().fieldNames().next();
    }

    @Override
    public String createNext() {
        int highest = 0;
        Pattern version = Pattern.compile(Pattern.quote(alias) + "-v(\\d+)");
        OpenSearchHttp.Reply all = http.send("GET", "/_cat/indices/" + alias + "-v*", null, Map.of("format", "json", "h", "index"));
        for (JsonNode row : all.ok() && all.body() != null ? all.body() : json.createArrayNode()) {
            Matcher m = version.matcher(row.path("index").asText());
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        String next = alias + "-v" + (highest + 1);
        ObjectNode definition = (ObjectNode) index.indexDefinition();
        // Refreshing during the fill only costs time; the swap refreshes once at the end.
        ((ObjectNode) definition.path("settings")).put("refresh_interval", "-1");
        http.expectOk("PUT", "/" + next, definition);
        return next;
    }

    @Override
    public Set<String> bulkInto(String target, List<Article> articles) {
        return articles.isEmpty() ? Set.of() : bulk.write(target, articles);
    }

    @Override
    public void seal(String target) {
        ObjectNode settings = json.createObjectNode();
        settings.putObject("index").putNull("refresh_interval");
        http.expectOk("PUT", "/" + target + "/_settings", settings);
        http.expectOk("POST", "/" + target + "/_refresh", null);
    }

    @Override
    public void promote(String next) {
        ObjectNode body = json.createObjectNode();
        ArrayNode actions = body.putArray("actions");
        JsonNode holders = http.send("GET", "/_alias/" + alias, null).body();
        if (holders != null) {
            for (Iterator<String> it = holders.fieldNames(); it.hasNext(); ) {
                String old = it.next();
                if (!old.equals(next)) {
                    actions.addObject().putObject("remove").put("index", old).put("alias", alias);
                }
            }
        }
        actions.addObject().putObject("add").put("index", next).put("alias", alias);
        http.expectOk("POST", "/_aliases", body);
    }

    @Override
    public long count(String target) {
        return http.expectOk("GET", "/" + target + "/_count", null).body().path("count").asLong();
    }

    @Override
    public void delete(String target) {
        http.send("DELETE", "/" + target, null);
    }
}
