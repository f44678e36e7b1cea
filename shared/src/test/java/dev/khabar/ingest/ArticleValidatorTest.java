package dev.khabar.ingest;

import dev.khabar.errors.InvalidInputException;
import dev.khabar.model.ArticleInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArticleValidatorTest {
    private final ArticleValidator validator = new ArticleValidator(IngestLimits.defaults());

    @Test
    void shouldStripNulControlAndBidiOverrideCharacters() {
        ArticleInput a = validator.validate(new ArticleInput("Title\u0000\u202E", "Body\u0007 text\u2066 here\n next", null, null, null, null));
        assertEquals("Title", a.title());
        assertEquals("Body text here\n next", a.body());
    }

    @Test
    void shouldRequireABodyAndValidateOptionalFields() {
        assertEquals("missing_body", assertThrows(InvalidInputException.class,
                () -> validator.validate(new ArticleInput("t", "  \u0000 ", null, null, null, null))).code());
        assertEquals("invalid_language", assertThrows(InvalidInputException.class,
                () -> validator.validate(new ArticleInput("t", "b", null, null, "Arabic!", null))).code());
        assertEquals("title_too_long", assertThrows(InvalidInputException.class,
                () -> validator.validate(new ArticleInput("t".repeat(1001), "b", null, null, null, null))).code());
    }

    @Test
    void shouldRejectBodiesWithoutAnyLetterOrDigit() {
        assertEquals("missing_body", assertThrows(InvalidInputException.class,
                () -> validator.validate(new ArticleInput(null, "\u200B\u200B\uFEFF ... !!!", null, null, null, null))).code());
    }

    @Test
    void shouldRejectIsoShapedButImpossibleOrAbsurdPublishedDates() {
        for (String bad : new String[]{"2026-02-30", "2026-13-01", "0001-01-01", "99999-01-01T00:00", "2026-06-07T25:00"}) {
            assertEquals("invalid_published", assertThrows(InvalidInputException.class,
                    () -> validator.validate(new ArticleInput(null, "body", null, bad, null, null))).code(), bad);
        }
        assertEquals("2026-06-07T12:20", validator.validate(new ArticleInput(null, "body", null, "2026-06-07T12:20", null, null)).published());
        assertEquals("الأحد 7 يونيو 2026", validator.validate(new ArticleInput(null, "body", null, "الأحد 7 يونيو 2026", null, null)).published());
    }

    @Test
    void shouldTurnBlankOptionalFieldsIntoNulls() {
        ArticleInput a = validator.validate(new ArticleInput(" ", "body", "", " ", null, ""));
        assertNull(a.title());
        assertNull(a.url());
        assertNull(a.published());
        assertNull(a.source());
    }
}
