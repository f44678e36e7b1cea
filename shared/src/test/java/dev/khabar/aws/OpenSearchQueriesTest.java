package dev.khabar.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.search.EntityMatch;
import dev.khabar.search.Expansion;
import dev.khabar.search.Facet;
import dev.khabar.search.SearchQuery;
import dev.khabar.search.SortOrder;
import dev.khabar.search.TermGroup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenSearchQueriesTest {
    private final OpenSearchQueries queries = new OpenSearchQueries(JsonMappers.create());

    private SearchQuery query(Map<Facet, List<String>> filters, boolean keepUndated) {
        TermGroup embassy = new TermGroup(List.of("embassy"),
                List.of(new Expansion("embassy", "ar", "السفارة", List.of("السفارة", "سفارت"))));
        TermGroup phrase = new TermGroup(List.of("air defence"), List.of());
        EntityMatch us = new EntityMatch("Q30", "country", "United States", "US", List.of("United States", "الولايات المتحدة"));
        return new SearchQuery(List.of(embassy, phrase), List.of(us), List.of("Greece"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), keepUndated, filters, SortOrder.RELEVANCE, 10, SearchQuery.Page.FIRST, true);
    }

    @Test
    void shouldNeverUseQueryStringAndNameEveryClause() {
        String body = queries.search(query(Map.of(), true)).toString();
        assertFalse(body.contains("query_string"));
        assertFalse(body.contains("simple_query_string"));
        assertTrue(body.contains("\"_name\":\"t|embassy\""));
        assertTrue(body.contains("\"_name\":\"x|embassy|السفارة\""));
        assertTrue(body.contains("\"_name\":\"e|Q30\""));
        assertTrue(body.contains("\"type\":\"phrase\""));
        assertTrue(body.contains("body_ar"));
    }

    @Test
    void shouldRunEachClauseOnceWithItsCoverageScoreAddedWhereItIsEvaluated() {
        JsonNode query = queries.search(query(Map.of(), true)).path("query").path("bool");
        String body = query.toString();
        assertEquals(1, body.split("\"_name\":\"t\\|embassy\"", -1).length - 1, body);
        assertEquals(3, query.path("should").size());
        assertEquals(1, query.path("minimum_should_match").asInt());
        JsonNode first = query.path("should").path(0).path("function_score");
        assertEquals(OpenSearchQueries.COVERAGE_BOOST, first.path("functions").path(0).path("weight").asDouble());
        assertEquals("sum", first.path("boost_mode").asText());
        assertFalse(query.has("must"), "no second, constant-score copy of the clauses");
    }

    @Test
    void shouldPutFacetFiltersInPostFilterAndLeaveEachFacetsOwnFilterOut() {
        JsonNode body = queries.search(query(Map.of(Facet.LANGUAGE, List.of("ar"), Facet.ENTITY, List.of("Q79")), true));
        assertEquals(2, body.path("post_filter").path("bool").path("filter").size());
        String languages = body.path("aggs").path("f_language").path("filter").toString();
        assertFalse(languages.contains("\"language\""), languages);
        assertTrue(languages.contains("Q79"), languages);
        String entities = body.path("aggs").path("f_entity").path("filter").toString();
        assertFalse(entities.contains("Q79"), entities);
        assertTrue(entities.contains("\"ar\""), entities);
        assertFalse(body.path("query").toString().contains("\"language\""), "facet filters stay out of the scored query");
    }

    @Test
    void shouldCountFacetsNoOtherFilterAppliesToWithoutAFilterAggregation() {
        JsonNode aggs = queries.search(query(Map.of(), true)).path("aggs");
        assertEquals("entity_people", aggs.path("entities_people").path("terms").path("field").asText());
        assertFalse(aggs.has("f_entity"));
        JsonNode filtered = queries.search(query(Map.of(Facet.LANGUAGE, List.of("ar")), true)).path("aggs");
        assertTrue(filtered.has("languages"), "its own filter does not apply to a facet");
        assertTrue(filtered.path("f_entity").path("aggs").has("entities_people"));
    }

    @Test
    void shouldHighlightThePlainTextClausesSoPhrasesAreMarkedStrictly() {
        JsonNode highlight = queries.search(query(Map.of(), true)).path("highlight").path("highlight_query");
        assertEquals(3, highlight.path("bool").path("should").size());
        assertFalse(highlight.toString().contains("function_score"));
        assertTrue(highlight.toString().contains("\"type\":\"phrase\""));
    }

    @Test
    void shouldKeepUndatedArticlesOnlyForDatesReadFromTheText() {
        String lenient = queries.search(query(Map.of(), true)).path("query").toString();
        String strict = queries.search(query(Map.of(), false)).path("query").toString();
        assertTrue(lenient.contains("\"exists\""));
        assertFalse(strict.contains("\"exists\""));
        assertTrue(strict.contains("\"gte\":\"2026-01-01\""));
    }

    @Test
    void shouldReadFromThePointInTimeAfterTheLastHit() {
        SearchQuery next = query(Map.of(), true).at(new SearchQuery.Page("pit-1", List.of(1.5, "abc")), 10);
        JsonNode body = queries.search(next);
        assertEquals("pit-1", body.path("pit").path("id").asText());
        assertEquals("abc", body.path("search_after").path(1).asText());
        assertFalse(body.has("aggs"));
    }
}
