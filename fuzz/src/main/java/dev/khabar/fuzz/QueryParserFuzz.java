package dev.khabar.fuzz;

import dev.khabar.search.QueryParser;

import java.nio.charset.StandardCharsets;

/** Whatever users type: parsed, or refused with a 4xx; never an engine error or a crash. */
public final class QueryParserFuzz {
    private static final QueryParser PARSER = new QueryParser();

    private QueryParserFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        String q = new String(data, StandardCharsets.UTF_8);
        Expected.run(() -> PARSER.parse(q));
    }
}
