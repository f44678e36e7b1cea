package dev.khabar.understand.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultilingualDatelineParserTest {
    private static final MultilingualDatelineParser PARSER = new MultilingualDatelineParser(DateVocabulary.load());

    @Test
    void shouldReadTheSeedDatelineAsNoonHour() {
        assertEquals(Optional.of(new PublishedDate("2026-06-07T12:20", "dateline")), PARSER.parse("الأحد 7 يونيو 2026 12:20 م", "ar"));
    }

    @Test
    void shouldMoveAfternoonHoursByTwelve() {
        assertEquals("2026-06-07T15:15", PARSER.parse("الأحد 7 يونيو 2026 3:15 م", "ar").orElseThrow().value());
    }

    @Test
    void shouldReadMidnightHourBeforeNoonAsZero() {
        assertEquals("2026-06-07T00:05", PARSER.parse("الأحد 7 يونيو 2026 12:05 ص", "ar").orElseThrow().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "الأحد ٧ حزيران ٢٠٢٦ ١٢:٢٠ م | ar | 2026-06-07T12:20",
            "الأحد 7 جوان 2026 - 09:45 | ar | 2026-06-07T09:45",
            "الخميس 4 يونيه 2026 | ar | 2026-06-04",
            "السبت، ٦ تموز/يوليو ٢٠٢٦، ١٠:٠٠ ص | ar | 2026-07-06T10:00",
            "الاثنين 1 كانون الثاني 2024 | ar | 2024-01-01",
            "الجمعة 14 ماي 2026 | ar | 2026-05-14",
            "יום ראשון, 7 ביוני 2026 12:20 | he | 2026-06-07T12:20",
            "7 Haziran 2026 Pazar 12:20 | tr | 2026-06-07T12:20",
            "Sunday, June 7, 2026 3:15 PM | en | 2026-06-07T15:15",
            "7 June 2026 | en | 2026-06-07",
            "Sun, 07 Jun 2026 12:20:00 GMT | en | 2026-06-07T12:20",
            "2026-06-07T12:20:00+03:00 | en | 2026-06-07T12:20",
            "الأحد 21 ذو الحجة 1447 هـ | ar | 2026-06-07",
            "14-09-1432 هـ، 09:40 صباحاً | ar | 2011-08-14T09:40",
    })
    void shouldReadDatelinesInEveryLanguageAndCalendar(String dateline, String language, String expected) {
        Optional<PublishedDate> parsed = PARSER.parse(dateline, language);
        if (expected == null) {
            assertTrue(parsed.isEmpty(), () -> "expected nothing, got " + parsed);
        } else {
            assertEquals(expected, parsed.orElseThrow(() -> new AssertionError("no date in " + dateline)).value());
        }
    }

    @Test
    void shouldSayTheSourceIsMetadataForFeedDates() {
        assertEquals("metadata", PARSER.parse("Sun, 07 Jun 2026 12:20:00 GMT", "en").orElseThrow().source());
    }

    @Test
    void shouldFindNothingInALineWithoutADate() {
        assertTrue(PARSER.parse("القاهرة - وكالات", "ar").isEmpty());
        assertTrue(PARSER.parse("   ", "ar").isEmpty());
        assertTrue(PARSER.parse(null, "ar").isEmpty());
    }

    @Test
    void shouldRefuseADayThatDoesNotExist() {
        assertTrue(PARSER.parse("30 فبراير 2026", "ar").isEmpty());
    }
}
