package dev.khabar.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.JsonMappers;
import dev.khabar.aws.Services;
import dev.khabar.ingest.ArticleIdentity;
import dev.khabar.ingest.ArticleRequestReader;
import dev.khabar.ingest.ArticleValidator;
import dev.khabar.ingest.ContentFingerprint;
import dev.khabar.ingest.IngestLimits;
import dev.khabar.ingest.IngestPipeline;
import dev.khabar.ingest.RawTextParser;
import dev.khabar.ingest.UrlCanonicalizer;
import dev.khabar.search.SearchService;
import dev.khabar.store.HealthCheck;
import dev.khabar.aws.AppConfig;
import dev.khabar.aws.Wiring;
import dev.khabar.ingest.AnalyzeService;
import dev.khabar.understand.ArticleAnalyzer;
import dev.khabar.understand.Understanding;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The real object graph over in-memory stores, for handler tests driven by events/*.json. */
public final class TestServices {
    public final InMemoryArchive archive = new InMemoryArchive();
    public final InMemoryRecords records = new InMemoryRecords();
    public final InMemorySearchIndex index = new InMemorySearchIndex();
    public final ObjectMapper json = JsonMappers.create();
    public final Services services;

    public TestServices() {
        IngestLimits limits = IngestLimits.defaults();
        Understanding understanding = Understanding.load();
        ArticleAnalyzer analyzer = Wiring.analyzer(understanding);
        IngestPipeline pipeline = new IngestPipeline(new ArticleValidator(limits), new UrlCanonicalizer(),
                new ContentFingerprint(), new ArticleIdentity(), analyzer, archive, records, index, Clock.systemUTC());
        services = new Services(json, pipeline, new ArticleRequestReader(json, new RawTextParser(), limits),
                Wiring.searchService(index, json, understanding.lookup(), new AppConfig("test-bucket", "test-table",
                        "http://127.0.0.1:9", "articles", "us-east-1", null)), archive, records, List.of(check("s3", () -> !archive.down),
                check("dynamodb", () -> !records.down), check("opensearch", () -> !index.down)),
                new AnalyzeService(new ArticleValidator(limits), analyzer), understanding.lookup());
    }

    private static HealthCheck check(String name, java.util.function.BooleanSupplier up) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isUp() {
                return up.getAsBoolean();
            }
        };
    }

    /** Reads a Lambda event fixture from the repository's events/ folder. */
    public <T> T event(String name, Class<T> type) throws java.io.IOException {
        Path root = Path.of(System.getenv().getOrDefault("KHABAR_REPO_ROOT", "../.."));
        return json.readValue(Files.readString(root.resolve("events").resolve(name), StandardCharsets.UTF_8), type);
    }
}
