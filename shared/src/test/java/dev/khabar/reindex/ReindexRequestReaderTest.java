package dev.khabar.reindex;

import dev.khabar.aws.JsonMappers;
import dev.khabar.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReindexRequestReaderTest {
    private final ReindexRequestReader reader = new ReindexRequestReader(JsonMappers.create());

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadEachModeAndDefaultToAFullRebuild() {
        assertEquals("full", reader.mode(new byte[0]));
        assertEquals("full", reader.mode(utf8("{}")));
        assertEquals("pending", reader.mode(utf8("{\"mode\":\"pending\"}")));
        assertEquals("reextract", reader.mode(utf8("{\"mode\":\"reextract\"}")));
    }

    @Test
    void shouldRefuseUnknownModesAndBadJsonWithCodes() {
        assertEquals("invalid_mode", assertThrows(InvalidInputException.class, () -> reader.mode(utf8("{\"mode\":\"drop-all\"}"))).code());
        assertEquals("invalid_json", assertThrows(InvalidInputException.class, () -> reader.mode(utf8("{\"mode\":"))).code());
        assertEquals("invalid_json", assertThrows(InvalidInputException.class, () -> reader.mode(utf8("[\"full\"]"))).code());
    }
}
