package dev.khabar.fuzz;

import java.nio.charset.StandardCharsets;

import dev.khabar.ingest.RawTextParser;
import dev.khabar.model.ArticleInput;

/** The raw text format: any string parses or is refused with a 4xx, and a parse always has a body. */
public final class RawTextFuzz {
    private static final RawTextParser PARSER = new RawTextParser();

    private RawTextFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Expected.run(() -> {
            ArticleInput a = PARSER.parse(text);
            if (a.body() == null || a.body().isBlank() || a.title() == null) {
                throw new AssertionError("parsed without title or body");
            }
        });
    }
}
