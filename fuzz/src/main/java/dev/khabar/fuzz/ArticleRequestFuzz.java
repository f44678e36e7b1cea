package dev.khabar.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.khabar.aws.JsonMappers;
import dev.khabar.ingest.ArticleRequestReader;
import dev.khabar.ingest.ArticleValidator;
import dev.khabar.ingest.IngestLimits;
import dev.khabar.ingest.RawTextParser;

/** Request bodies of any bytes and content type: read and validated, or refused with a 4xx. */
public final class ArticleRequestFuzz {
    private static final IngestLimits LIMITS = IngestLimits.defaults();
    private static final ArticleRequestReader READER = new ArticleRequestReader(JsonMappers.create(), new RawTextParser(), LIMITS);
    private static final ArticleValidator VALIDATOR = new ArticleValidator(LIMITS);
    private static final String[] TYPES = {"application/json", "text/plain", "text/plain; charset=utf-8", "", "text/html"};

    private ArticleRequestFuzz() {
    }

    /** The first byte picks the content type, the rest is the body exactly as sent. */
    public static void fuzzerTestOneInput(byte[] data) {
        if (data.length == 0) {
            return;
        }
        String type = TYPES[(data[0] & 0xff) % TYPES.length];
        byte[] body = Arrays.copyOfRange(data, 1, data.length);
        Expected.run(() -> VALIDATOR.validate(READER.read(type, body)));
    }
}
