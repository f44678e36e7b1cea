package dev.khabar.ingest;

/** Size limits for one article; the HTTP API's own 10 MB cap is far above these. */
public record IngestLimits(int maxBodyBytes, int maxTitleChars, int maxFieldChars) {

    public static IngestLimits defaults() {
        return new IngestLimits(2_000_000, 1_000, 200);
    }
}
