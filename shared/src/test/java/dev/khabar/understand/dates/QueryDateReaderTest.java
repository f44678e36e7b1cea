package dev.khabar.understand.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryDateReaderTest {
    private static final QueryDateReader READER = new QueryDateReader(DateVocabulary.load());
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 7);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "انتخابات 2026 | 2026 | 2026-01-01 | 2026-12-31",
            "floods June 2026 | June 2026 | 2026-06-01 | 2026-06-30",
            "فيضانات يونيو 2026 | يونيو 2026 | 2026-06-01 | 2026-06-30",
            "موازنة 2025-2026 | 2025-2026 | 2025-01-01 | 2026-12-31",
            "Gaza since March | since March | 2026-03-01 | 2026-06-07",
            "غزة منذ مارس | منذ مارس | 2026-03-01 | 2026-06-07",
            "ceasefire last week | last week | 2026-05-25 | 2026-05-31",
            "أردوغان الأسبوع الماضي | الأسبوع الماضي | 2026-05-25 | 2026-05-31",
            "seçim geçen ay | geçen ay | 2026-05-01 | 2026-05-31",
    })
    void shouldReadTheDateAndItsPlaceInAQuery(String query, String phrase, String from, String to) {
        List<QueryDate> dates = READER.read(query, TODAY);
        assertEquals(1, dates.size(), () -> dates.toString());
        QueryDate d = dates.get(0);
        assertEquals(phrase, d.text());
        assertEquals(phrase, query.substring(d.offset(), d.offset() + d.length()));
        assertEquals(LocalDate.parse(from), d.from());
        assertEquals(LocalDate.parse(to), d.to());
        assertTrue(d.valid());
    }

    @Test
    void shouldReportAnImpossibleDateAsInvalidInsteadOfThrowing() {
        List<QueryDate> dates = READER.read("Cairo 2026-02-30", TODAY);
        assertEquals(1, dates.size());
        assertFalse(dates.get(0).valid());
        assertEquals("2026-02-30", dates.get(0).text());
        assertNull(dates.get(0).from());
    }

    @Test
    void shouldFindNoDateInAQueryWithoutOne() {
        assertTrue(READER.read("السفارة الأمريكية في القاهرة", TODAY).isEmpty());
        assertTrue(READER.read("", TODAY).isEmpty());
    }
}
