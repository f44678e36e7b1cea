package dev.khabar.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorCodecTest {
    private final CursorCodec codec = new CursorCodec("a-test-secret-of-32-bytes-length".getBytes(StandardCharsets.UTF_8), new ObjectMapper());

    @Test
    void shouldRoundTripPitAndSortValues() {
        String c = codec.encode(new CursorCodec.Cursor("pit-123", List.of(3.25, 1781180400000L, "d2c32dbbdd4ae11e"), "fp1"));
        CursorCodec.Cursor back = codec.decode(c, "fp1");
        assertEquals("pit-123", back.pit());
        assertEquals(List.of(3.25, 1781180400000L, "d2c32dbbdd4ae11e"), back.searchAfter());
    }

    @Test
    void shouldRefuseAnEditedCursor() {
        String c = codec.encode(new CursorCodec.Cursor(null, List.of(1.0, "a"), "fp1"));
        String payload = new String(Base64.getUrlDecoder().decode(c.substring(0, c.indexOf('.'))), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("1.0", "9.0").getBytes(StandardCharsets.UTF_8))
                + c.substring(c.indexOf('.'));
        assertEquals("invalid_cursor", assertThrows(InvalidInputException.class, () -> codec.decode(forged, "fp1")).code());
    }

    @Test
    void shouldRefuseGarbageAndCursorsOfAnotherKeyOrSearch() {
        for (String bad : List.of("", "abc", ".", "x.y", "%%%.%%%", "a".repeat(5000))) {
            assertEquals("invalid_cursor", assertThrows(InvalidInputException.class, () -> codec.decode(bad, "fp1")).code(), bad);
        }
        CursorCodec other = new CursorCodec("another-secret-of-32-bytes-long!".getBytes(StandardCharsets.UTF_8), new ObjectMapper());
        String foreign = other.encode(new CursorCodec.Cursor(null, List.of(1.0), "fp1"));
        assertThrows(InvalidInputException.class, () -> codec.decode(foreign, "fp1"));
        String mine = codec.encode(new CursorCodec.Cursor(null, List.of(1.0), "fp1"));
        assertThrows(InvalidInputException.class, () -> codec.decode(mine, "fp2"));
    }
}
