package dev.khabar.fuzz;

import java.nio.charset.StandardCharsets;

import dev.khabar.ingest.UrlCanonicalizer;

/** Any string: refused with a 4xx, or canonicalised to a fixed point (canonical of canonical is itself). */
public final class UrlCanonicalizerFuzz {
    private static final UrlCanonicalizer URLS = new UrlCanonicalizer();

    private UrlCanonicalizerFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        String url = new String(data, StandardCharsets.UTF_8);
        Expected.run(() -> {
            String once = URLS.canonicalize(url);
            if (once != null && !once.equals(URLS.canonicalize(once))) {
                throw new AssertionError("not idempotent: " + once);
            }
        });
    }
}
