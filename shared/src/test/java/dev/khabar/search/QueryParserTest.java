package dev.khabar.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParserTest {
    private final QueryParser parser = new QueryParser();

    private List<String> texts(String q) {
        return parser.parse(q).clauses().stream().map(QueryClause::text).toList();
    }

    @Test
    void shouldSplitWordsAndDropPunctuation() {
        assertEquals(List.of("US", "embassy", "inquiries", "2026"), texts("US embassy inquiries, 2026"));
        assertEquals(List.of("السفارة", "الأمريكية", "أنقرة"), texts("السفارة الأمريكية، أنقرة؟"));
    }

    @Test
    void shouldReadQuotedPhrasesAndExclusions() {
        List<QueryClause> c = parser.parse("\"وزارة الخارجية\" Rubio -Greece -\"air defence\"").clauses();
        assertEquals(4, c.size());
        assertEquals(QueryClause.Kind.PHRASE, c.get(0).kind());
        assertEquals("وزارة الخارجية", c.get(0).text());
        assertFalse(c.get(1).excluded());
        assertTrue(c.get(2).excluded());
        assertEquals("Greece", c.get(2).text());
        assertTrue(c.get(3).excluded());
        assertEquals(QueryClause.Kind.PHRASE, c.get(3).kind());
    }

    @Test
    void shouldPutWordsJoinedByOrInOneGroup() {
        List<QueryClause> c = parser.parse("Ankara OR Cairo talks").clauses();
        assertEquals(3, c.size());
        assertEquals(c.get(0).orGroup(), c.get(1).orGroup());
        assertTrue(c.get(2).orGroup() != c.get(1).orGroup());
        assertEquals(List.of("or"), texts("or"));
    }

    @Test
    void shouldCloseAnUnbalancedQuoteAtTheEnd() {
        List<QueryClause> c = parser.parse("embassy \"air defence").clauses();
        assertEquals(2, c.size());
        assertEquals("air defence", c.get(1).text());
        assertEquals(QueryClause.Kind.PHRASE, c.get(1).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*:*", "((((", ")))", "\"", "\"\"\"", "-", "--", "- -", "OR", "OR OR", "/.*/", "title:*", "?", "~", "&&||!", "{!lucene}", "\\"})
    void shouldReadEngineSyntaxAsNothingSearchable(String q) {
        assertTrue(parser.parse(q).clauses().stream().allMatch(c -> c.text().chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == ' ')),
                () -> q + " -> " + texts(q));
        assertFalse(texts(q).contains("*"));
    }

    @Test
    void shouldStripWildcardsAndRegexesFromWords() {
        assertEquals(List.of("emb"), texts("emb*"));
        assertEquals(List.of("a", "b", "c"), texts("/a.*b+c?/"));
        assertEquals(List.of("title", "embassy"), texts("title:embassy"));
        assertEquals(List.of("al-Sisi", "2025-2026"), texts("al-Sisi 2025-2026"));
    }

    @Test
    void shouldBoundClausesAndTermLengthOfAHugeQuery() {
        String huge = "سفارة ".repeat(2_000) + "x".repeat(10_000);
        ParsedQuery p = assertDoesNotThrow(() -> parser.parse(huge));
        assertEquals(QueryParser.MAX_CLAUSES, p.clauses().size());
        ParsedQuery longWord = parser.parse("y".repeat(10_000));
        assertEquals(QueryParser.MAX_TERM_CHARS, longWord.clauses().get(0).text().length());
    }

    @Test
    void shouldNotFailOnControlCharactersOrLoneSurrogates() {
        assertEquals(List.of("a", "b"), texts("a\u0000b"));
        assertDoesNotThrow(() -> parser.parse("\uD800 emb\uDC00assy \u202E"));
        assertTrue(parser.parse(null).isEmpty());
    }
}
