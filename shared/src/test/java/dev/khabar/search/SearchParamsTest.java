package dev.khabar.search;

import dev.khabar.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchParamsTest {

    private static SearchParams read(Map<String, String> p) {
        return SearchParams.read(p::get, SortOrder.RELEVANCE);
    }

    private static String code(Map<String, String> p) {
        return assertThrows(InvalidInputException.class, () -> read(p)).code();
    }

    @Test
    void shouldReadExplicitParametersWithRepeatedValuesJoinedByCommas() {
        SearchParams p = read(Map.of("q", "embassy", "from", "2026-06", "to", "2026", "lang", "ar,en", "entity", "Q30,Q79",
                "sort", "date", "size", "25", "interpret", "false"));
        assertEquals(LocalDate.of(2026, 6, 1), p.from());
        assertEquals(LocalDate.of(2026, 12, 31), p.to());
        assertEquals(List.of("ar", "en"), p.filters().get(Facet.LANGUAGE));
        assertEquals(List.of("Q30", "Q79"), p.filters().get(Facet.ENTITY));
        assertEquals(SortOrder.DATE, p.sort());
        assertEquals(25, p.size());
        assertFalse(p.interpret());
    }

    @Test
    void shouldAnswer400WithACodeForEachBadValue() {
        assertEquals("invalid_date", code(Map.of("q", "x", "from", "2026-02-30")));
        assertEquals("invalid_date", code(Map.of("q", "x", "to", "yesterday")));
        assertEquals("invalid_date_range", code(Map.of("q", "x", "from", "2026", "to", "2025")));
        assertEquals("invalid_size", code(Map.of("q", "x", "size", "1000000")));
        assertEquals("invalid_size", code(Map.of("q", "x", "size", "99999999999999999999")));
        assertEquals("invalid_size", code(Map.of("q", "x", "size", "-1")));
        assertEquals("invalid_sort", code(Map.of("q", "x", "sort", "_score")));
        assertEquals("invalid_entity", code(Map.of("q", "x", "entity", "*")));
        assertEquals("query_too_long", code(Map.of("q", "x".repeat(10_000))));
        assertEquals("invalid_interpret", code(Map.of("q", "x", "interpret", "maybe")));
    }
}
