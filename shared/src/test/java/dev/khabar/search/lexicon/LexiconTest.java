package dev.khabar.search.lexicon;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {
    /** How the lexicon was read before it was searched in place: every line into a hash map, last line wins. */
    private static Map<String, String[]> asMap(InputStream in) throws IOException {
        Map<String, String[]> entries = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            int a = line.indexOf('\t');
            int b = line.indexOf('\t', a + 1);
            int c = line.indexOf('\t', b + 1);
            if (a < 0 || b < 0 || c < 0) {
                continue;
            }
            entries.put(line.substring(0, c), line.substring(c + 1).split("\\|"));
        }
        return entries;
    }

    private static Lexicon read(String tsv) throws IOException {
        return Lexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldFindEveryEntryOfTheBuiltLexiconAsAMapWould() throws IOException {
        Map<String, String[]> expected;
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.RESOURCE)) {
            if (in == null) {
                return; // built without the FreeDict packages: nothing to compare
            }
            expected = asMap(in);
        }
        Lexicon lexicon = Lexicon.fromClasspath();
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            String[] f = e.getKey().split("\t", 3);
            assertArrayEquals(e.getValue(), lexicon.get(f[0], f[1], f[2]), e.getKey());
            assertNull(lexicon.get(f[0], f[1], f[2] + "\u0000"));
            assertNull(lexicon.get(f[1], f[0] + "x", f[2]));
        }
        assertFalse(lexicon.isEmpty());
    }

    @Test
    void shouldKeepTheBuiltLexiconInKeyOrderSoLoadingNeedNotSort() throws IOException {
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.RESOURCE)) {
            if (in == null) {
                return;
            }
            byte[] previous = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int c = line.indexOf('\t', line.indexOf('\t', line.indexOf('\t') + 1) + 1);
                byte[] key = line.substring(0, c).getBytes(StandardCharsets.UTF_8);
                assertTrue(previous == null || Arrays.compareUnsigned(previous, key) < 0, line);
                previous = key;
            }
        }
    }

    @Test
    void shouldReadLinesInAnyOrderWithTheLastOfAKeyWinning() throws IOException {
        String tsv = "en\ttr\tzebra\tzebra\r\n"
                + "en\tar\tembassy\tسفارة|قنصلية\r"
                + "not enough\tfields\n"
                + "\n"
                + "en\tar\tbattle\tمعركة\n"
                + "en\tar\tembassy\tالسفارة||سفار|\n"
                + "ar\ten\tسفارة\tembassy\tand a tab\n"
                + "en\tar\tempty\t";
        Lexicon lexicon = read(tsv);
        Map<String, String[]> expected = asMap(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(5, expected.size());
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            String[] f = e.getKey().split("\t", 3);
            assertArrayEquals(e.getValue(), lexicon.get(f[0], f[1], f[2]), e.getKey());
        }
        assertArrayEquals(new String[]{"السفارة", "", "سفار"}, lexicon.get("en", "ar", "embassy"));
        assertArrayEquals(new String[]{"embassy\tand a tab"}, lexicon.get("ar", "en", "سفارة"));
        assertArrayEquals(new String[]{""}, lexicon.get("en", "ar", "empty"));
        assertNull(lexicon.get("en", "ar", "not"));
        assertNull(lexicon.get("en", "ar", "embass"));
        assertNull(lexicon.get("en", "ar", "embassyx"));
        assertEquals(List.of("السفارة", "", "سفار"), lexicon.translate("Embassies", "en", "ar", 5));
        assertTrue(lexicon.knows("zebra", "en"));
        assertFalse(lexicon.knows("zebra", "tr"));
    }

    @Test
    void shouldNotMatchTextThatUtf8CannotHold() throws IOException {
        Lexicon lexicon = read("en\tar\ta?\tx\n");
        assertArrayEquals(new String[]{"x"}, lexicon.get("en", "ar", "a?"));
        assertNull(lexicon.get("en", "ar", "a\uD800"));
        assertTrue(read("").isEmpty());
        assertTrue(Lexicon.empty().translate("embassy", "en", "ar", 3).isEmpty());
    }
}
