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
