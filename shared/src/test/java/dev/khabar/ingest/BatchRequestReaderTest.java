package dev.khabar.ingest;

import dev.khabar.aws.JsonMappers;
import dev.khabar.errors.KhabarException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BatchRequestReaderTest {
    private final BatchRequestReader reader = new BatchRequestReader(JsonMappers.create(),
            new ArticleRequestReader(JsonMappers.create(), new RawTextParser(), IngestLimits.defaults()), IngestLimits.defaults());

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldAcceptAnArrayOrAnArticlesObjectAndRefuseBadItemsOneByOne() {
        List<BatchRequestReader.Item> items = reader.read(utf8("""
                {"articles":[{"title":"قمة الرياض","body":"انطلقت في الرياض أعمال القمة الخليجية بمشاركة قادة دول المجلس."},
                 {"title":"No body here"}, 42, {"body":"Ankara hosts talks.","tags":["x"]}]}"""));
        assertEquals(4, items.size());
        assertNotNull(items.get(0).submission());
        assertNull(items.get(1).code(), "a missing body is the validator's call, made in the pipeline");
        assertEquals("invalid_json", items.get(2).code());
        assertEquals("unknown_field", items.get(3).code());
        assertEquals(1, reader.read(utf8("[{\"body\":\"Izmir port reopens after the storm.\"}]")).size());
    }

    @Test
    void shouldRefuseMoreThanAHundredArticlesWith413() {
        String one = "{\"body\":\"Cairo metro line opens.\"},";
        String body = "[" + one.repeat(101).replaceAll(",$", "") + "]";
        KhabarException e = assertThrows(KhabarException.class, () -> reader.read(utf8(body)));
        assertEquals(413, e.status());
        assertEquals("batch_too_large", e.code());
    }

    @Test
    void shouldRefuseABodyThatIsNotABatch() {
        assertEquals("invalid_batch", assertThrows(KhabarException.class, () -> reader.read(utf8("{\"body\":\"x\"}"))).code());
        assertEquals("empty_batch", assertThrows(KhabarException.class, () -> reader.read(utf8("[]"))).code());
        assertEquals("invalid_json", assertThrows(KhabarException.class, () -> reader.read(utf8("[{"))).code());
    }
}
