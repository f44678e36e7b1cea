package dev.khabar.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.search.EntityMatch;
import dev.khabar.search.Expansion;
import dev.khabar.search.Facet;
import dev.khabar.search.SearchQuery;
import dev.khabar.search.SortOrder;
import dev.khabar.search.TermGroup;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the OpenSearch request for a {@link SearchQuery}. User text only ever reaches match and
 * match_phrase queries (never query_string), so no typed syntax is interpreted by the engine.
 * Clauses are named ({@code t|term}, {@code x|term|translation}, {@code e|id}) so each hit can say
 * what matched. Facet filters go in post_filter and every facet aggregation applies all filters
 * but its own, so a facet counts what choosing another of its values would give.
 */
public final class OpenSearchQueries {
    static final double EXPANSION_BOOST = 0.4;
    static final double COVERAGE_BOOST = 2.0;
    static final String PIT_KEEP_ALIVE = "2m";
    private static final List<String> TEXT_FIELDS = List.of("title^2", "body", "title_*^3", "body_*^1.5");
    private static final Map<Facet, String> FILTER_FIELDS = Map.of(
            Facet.LANGUAGE, "language", Facet.SOURCE, "source_domain", Facet.ENTITY, "entity_ids",
            Facet.SOURCE_COUNTRY, "source_country", Facet.ABOUT_COUNTRY, "about_countries");
    private final ObjectMapper json;

    public OpenSearchQueries(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode search(SearchQuery q) {
        ObjectNode body = json.createObjectNode();
        body.put("size", q.size());
        body.put("track_total_hits", true);
        body.set("query", query(q, !q.facets()));
        if (q.facets()) {
            ObjectNode post = postFilter(q.filters(), null);
            if (post != null) {
                body.set("post_filter", post);
            }
            body.set("aggs", facetAggs(q.filters()));
        }
        ArrayNode sort = body.putArray("sort");
        if (q.sort() == SortOrder.DATE) {
            sort.addObject().putObject("published").put("order", "desc").put("missing", "_last");
            body.put("track_scores", true);
        } else {
            sort.addObject().put("_score", "desc");
        }
        sort.addObject().put("id", "asc");
        if (q.page().searchAfter() != null) {
            body.set("search_after", json.valueToTree(q.page().searchAfter()));
        }
        if (q.page().pit() != null) {
            body.putObject("pit").put("id", q.page().pit()).put("keep_alive", PIT_KEEP_ALIVE);
        }
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
        ObjectNode plain = highlightQuery(q);
        if (plain != null) {
            highlight.set("highlight_query", plain);
        }
        return body;
    }

    public ObjectNode timeline(SearchQuery q, String interval) {
        ObjectNode body = json.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", true);
        body.set("query", query(q, true));
        ObjectNode histogram = body.putObject("aggs").putObject("timeline").putObject("date_histogram");
        histogram.put("field", "published").put("calendar_interval", interval).put("min_doc_count", 0).put("format", "yyyy-MM-dd");
        return body;
    }

    /**
     * The text clauses without the coverage scoring around them: what to mark in snippets. The
     * highlighter reads phrases strictly only in plain boolean queries, not inside function_score.
     */
    private ObjectNode highlightQuery(SearchQuery q) {
        if (q.groups().isEmpty() && q.entities().isEmpty()) {
            return null;
        }
        ObjectNode root = json.createObjectNode();
        ArrayNode should = root.putObject("bool").putArray("should");
        q.groups().forEach(g -> should.add(group(g)));
        q.entities().forEach(e -> should.add(entity(e)));
        return root;
    }

    /** Text, entities, exclusions and dates; facet filters too when no facets are computed. */
    ObjectNode query(SearchQuery q, boolean withFacetFilters) {
        ObjectNode root = json.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        int clauses = q.groups().size() + q.entities().size();
        if (clauses == 0) {
            bool.putArray("must").addObject().putObject("match_all");
        } else {
            ArrayNode should = bool.putArray("should");
            for (TermGroup g : q.groups()) {
                should.add(covered(group(g)));
            }
            for (EntityMatch e : q.entities()) {
                should.add(covered(entity(e)));
            }
            bool.put("minimum_should_match", 1);
        }
        if (!q.excluded().isEmpty()) {
            ArrayNode mustNot = bool.putArray("must_not");
            for (String x : q.excluded()) {
                mustNot.add(text(x, x.indexOf(' ') >= 0, TEXT_FIELDS, null));
            }
        }
        ArrayNode filter = bool.putArray("filter");
        if (q.from() != null || q.to() != null) {
            ObjectNode rangeQuery = json.createObjectNode();
            ObjectNode range = rangeQuery.putObject("range").putObject("published");
            if (q.keepUndated()) {
                ArrayNode either = filter.addObject().putObject("bool").put("minimum_should_match", 1).putArray("should");
                either.add(rangeQuery);
                either.addObject().putObject("bool").putArray("must_not").addObject().putObject("exists").put("field", "published");
            } else {
                filter.add(rangeQuery);
            }
            if (q.from() != null) {
                range.put("gte", q.from().toString());
            }
            if (q.to() != null) {
                range.put("lte", q.to().toString());
            }
            range.put("format", "strict_date");
        }
        if (withFacetFilters) {
            q.filters().forEach((facet, values) -> filter.add(terms(FILTER_FIELDS.get(facet), values)));
        }
        return root;
    }

    /**
     * A clause's own score plus a fixed score per query word (or entity) an article meets, whatever
     * the language it meets it in: an Arabic article meeting three words through translations
     * outranks an English one meeting one of them directly. One word is enough to match, since a
     * translation may be missing. The fixed part is added to the clause's score where it is
     * evaluated, so each clause is run once (a separate constant-score copy of every clause ran the
     * whole query twice).
     */
    private ObjectNode covered(ObjectNode clause) {
        ObjectNode root = json.createObjectNode();
        ObjectNode fs = root.putObject("function_score");
        fs.set("query", clause);
        fs.putArray("functions").addObject().put("weight", COVERAGE_BOOST);
        fs.put("score_mode", "sum");
        fs.put("boost_mode", "sum");
        return root;
    }

    private ObjectNode group(TermGroup g) {
        ObjectNode root = json.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        ArrayNode should = bool.putArray("should");
        for (String alt : g.alternatives()) {
            should.add(text(alt, alt.indexOf(' ') >= 0, TEXT_FIELDS, "t|" + alt));
        }
        for (Expansion x : g.expansions()) {
            if (!ArticleDocuments.ANALYZED_LANGUAGES.contains(x.language())) {
                continue;
            }
            List<String> fields = List.of("title_" + x.language() + "^2", "body_" + x.language());
            for (String form : x.forms()) {
                ObjectNode mm = text(form, false, fields, "x|" + x.term() + "|" + x.text());
                ObjectNode inner = (ObjectNode) mm.get("multi_match");
                inner.put("operator", "and");
                inner.put("boost", EXPANSION_BOOST);
                should.add(mm);
            }
        }
        bool.put("minimum_should_match", 1);
        return root;
    }

    private ObjectNode entity(EntityMatch e) {
        ObjectNode root = json.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        ArrayNode should = bool.putArray("should");
        ObjectNode term = should.addObject().putObject("term").putObject("entity_ids");
        term.put("value", e.id()).put("boost", 3.0).put("_name", "e|" + e.id());
        for (String label : e.labels()) {
            should.add(text(label, true, TEXT_FIELDS, "e|" + e.id()));
        }
        bool.put("minimum_should_match", 1);
        return root;
    }

    private ObjectNode text(String text, boolean phrase, List<String> fields, String name) {
        ObjectNode root = json.createObjectNode();
        ObjectNode mm = root.putObject("multi_match");
        mm.put("query", text);
        ArrayNode f = mm.putArray("fields");
        fields.forEach(f::add);
        mm.put("type", phrase ? "phrase" : "best_fields");
        mm.put("lenient", true);
        if (name != null) {
            mm.put("_name", name);
        }
        return root;
    }

    private ObjectNode terms(String field, List<String> values) {
        ObjectNode root = json.createObjectNode();
        ArrayNode a = root.putObject("terms").putArray(field);
        values.forEach(a::add);
        return root;
    }

    private ObjectNode postFilter(Map<Facet, List<String>> filters, Facet except) {
        ObjectNode root = json.createObjectNode();
        ArrayNode filter = root.putObject("bool").putArray("filter");
        filters.forEach((facet, values) -> {
            if (facet != except) {
                filter.add(terms(FILTER_FIELDS.get(facet), values));
            }
        });
        return filter.isEmpty() ? null : root;
    }

    private ObjectNode facetAggs(Map<Facet, List<String>> filters) {
        ObjectNode aggs = json.createObjectNode();
        facet(aggs, filters, Facet.ENTITY, Map.of("entities_people", "entity_people", "entities_orgs", "entity_orgs",
                "entities_places", "entity_places"));
        facet(aggs, filters, Facet.LANGUAGE, Map.of("languages", "language"));
        facet(aggs, filters, Facet.SOURCE, Map.of("sources", "source_domain"));
        facet(aggs, filters, Facet.SOURCE_COUNTRY, Map.of("source_countries", "source_country"));
        facet(aggs, filters, Facet.ABOUT_COUNTRY, Map.of("about_countries", "about_countries"));
        return aggs;
    }

    /**
     * A facet no other filter applies to is counted at the top level: a filter aggregation around it
     * would only add a second collector per matching article.
     */
    private void facet(ObjectNode aggs, Map<Facet, List<String>> filters, Facet own, Map<String, String> termsAggs) {
        ObjectNode others = postFilter(filters, own);
        ObjectNode inner = aggs;
        if (others != null) {
            ObjectNode wrapper = aggs.putObject("f_" + own.name().toLowerCase(java.util.Locale.ROOT));
            wrapper.set("filter", others);
            inner = wrapper.putObject("aggs");
        }
        ObjectNode target = inner;
        termsAggs.forEach((name, field) -> target.putObject(name).putObject("terms").put("field", field).put("size", 10));
    }

    static final Set<String> FACET_NAMES = Set.of("entities_people", "entities_orgs", "entities_places", "languages",
            "sources", "source_countries", "about_countries");
}
