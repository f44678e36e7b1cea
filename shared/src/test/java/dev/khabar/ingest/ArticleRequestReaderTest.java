package dev.khabar.ingest;

import dev.khabar.aws.JsonMappers;
import dev.khabar.errors.InvalidInputException;
import dev.khabar.errors.KhabarException;
import dev.khabar.errors.PayloadTooLargeException;
import dev.khabar.errors.UnsupportedMediaTypeException;
import dev.khabar.model.ArticleInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArticleRequestReaderTest {
    private final ArticleRequestReader reader = new ArticleRequestReader(JsonMappers.create(), new RawTextParser(),
            new IngestLimits(10_000, 1_000, 200));

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String code(String contentType, byte[] body) {
        return assertThrows(KhabarException.class, () -> reader.read(contentType, body)).code();
    }

    @Test
    void shouldReadAJsonArticleWithAllFields() {
        ArticleInput a = reader.read("application/json; charset=utf-8", utf8(
                "{\"title\":\"Erdoğan Kahire'de\",\"body\":\"Cumhurbaşkanı Erdoğan Kahire'ye gitti.\",\"url\":\"https://www.hurriyet.com.tr/x\",\"published\":\"2026-06-07\",\"language\":\"tr\",\"source\":\"hurriyet.com.tr\"}"));
        assertEquals("Erdoğan Kahire'de", a.title());
        assertEquals("tr", a.language());
        assertEquals("2026-06-07", a.published());
    }

    @Test
    void shouldReadTheRawTextFormat() {
        ArticleInput a = reader.read("text/plain", utf8("عنوان الخبر\n\nالأحد 7 يونيو 2026 12:20 م\n\nنص الخبر هنا.\n<https://example.com/a>"));
        assertEquals("عنوان الخبر", a.title());
        assertEquals("https://example.com/a", a.url());
    }

    @Test
    void shouldRejectBadBodiesWithClearCodes() {
        assertEquals("invalid_json", code("application/json", utf8("{\"body\": ")));
        assertEquals("invalid_json", code("application/json", utf8("[1,2,3]")));
        assertEquals("invalid_json", code("application/json", utf8("[".repeat(500) + "]".repeat(500))));
        assertEquals("unknown_field", code("application/json", utf8("{\"body\":\"x\",\"titel\":\"typo\"}")));
        assertEquals("invalid_field", code("application/json", utf8("{\"body\":42}")));
        assertEquals("invalid_field", code("application/json", utf8("{\"body\":{\"nested\":true}}")));
        assertEquals("empty_body", code("application/json", new byte[0]));
        assertEquals("invalid_encoding", code("text/plain", new byte[]{(byte) 0xC3, (byte) 0x28, 'a'}));
    }

    @Test
    void shouldAnswer413And415() {
        assertThrows(PayloadTooLargeException.class, () -> reader.read("text/plain", new byte[10_001]));
        assertThrows(UnsupportedMediaTypeException.class, () -> reader.read("image/png", utf8("x")));
    }

    @Test
    void shouldTreatAMissingContentTypeAsJson() {
        assertEquals("body only", reader.read(null, utf8("{\"body\":\"body only\"}")).body());
        assertThrows(InvalidInputException.class, () -> reader.read(null, utf8("not json")));
    }
}
