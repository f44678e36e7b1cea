package dev.khabar.local.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliArgumentsTest {
    private static final Set<String> OPTIONS = Set.of("from", "to", "lang", "api");
    private static final Set<String> FLAGS = Set.of("json", "csv", "jsonl");

    @Test
    void shouldSplitWordsOptionsAndFlagsInAnyOrder() {
        CliArguments a = CliArguments.parse(List.of("السفارة", "--from", "2026-01-01", "الأمريكية", "--lang=ar", "--csv"), OPTIONS, FLAGS);
        assertEquals(List.of("السفارة", "الأمريكية"), a.positionals());
        assertEquals("2026-01-01", a.option("from"));
        assertEquals("ar", a.option("lang"));
        assertTrue(a.flag("csv"));
        assertEquals("csv", a.oneOf("table", "json", "csv", "jsonl"));
    }

    @Test
    void shouldTreatEverythingAfterDoubleDashAsWords() {
        CliArguments a = CliArguments.parse(List.of("--", "--json", "Erdoğan"), OPTIONS, FLAGS);
        assertEquals(List.of("--json", "Erdoğan"), a.positionals());
        assertEquals("table", a.oneOf("table", "json", "csv", "jsonl"));
    }

    @Test
    void shouldRejectUnknownOptionsWithTheUsageExitCode() {
        CliException e = assertThrows(CliException.class, () -> CliArguments.parse(List.of("q", "--langs", "ar"), OPTIONS, FLAGS));
        assertEquals(ExitCodes.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("--langs"));
    }

    @Test
    void shouldRejectAnOptionWithoutItsValue() {
        CliException e = assertThrows(CliException.class, () -> CliArguments.parse(List.of("q", "--from"), OPTIONS, FLAGS));
        assertEquals(ExitCodes.USAGE, e.exitCode());
    }

    @Test
    void shouldRejectAFlagGivenAValueAndAnOptionGivenTwice() {
        assertThrows(CliException.class, () -> CliArguments.parse(List.of("--json=yes"), OPTIONS, FLAGS));
        assertThrows(CliException.class, () -> CliArguments.parse(List.of("--lang", "ar", "--lang", "he"), OPTIONS, FLAGS));
    }

    @Test
    void shouldRejectTwoOutputFormatsAtOnce() {
        CliArguments a = CliArguments.parse(List.of("q", "--json", "--csv"), OPTIONS, FLAGS);
        assertThrows(CliException.class, () -> a.oneOf("table", "json", "csv", "jsonl"));
    }

    @Test
    void shouldSendCommaSeparatedFiltersAsRepeatedParameters() {
        CliArguments a = CliArguments.parse(List.of("سد", "--lang", "he,ar", "--from", "2026-06-01"),
                SearchCommand.OPTIONS, SearchCommand.FLAGS);
        String query = ApiClient.query(SearchFilters.params(SearchFilters.queryText(a, "search"), a));
        assertEquals("?q=%D8%B3%D8%AF&from=2026-06-01&lang=he&lang=ar", query);
    }

    @Test
    void shouldNeedAQueryToSearch() {
        CliArguments a = CliArguments.parse(List.of("--lang", "ar"), SearchCommand.OPTIONS, SearchCommand.FLAGS);
        assertEquals(ExitCodes.USAGE, assertThrows(CliException.class, () -> SearchFilters.queryText(a, "search")).exitCode());
    }
}
