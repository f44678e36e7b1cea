package dev.khabar.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.ingest.AnalyzeService;
import dev.khabar.ingest.ArticleRequestReader;
import dev.khabar.ingest.IngestPipeline;
import dev.khabar.search.SearchService;
import dev.khabar.store.ArticleArchive;
import dev.khabar.store.ArticleRecords;
import dev.khabar.store.HealthCheck;
import dev.khabar.understand.entities.EntityLookup;

import java.util.List;
import java.util.function.Supplier;

/**
 * The wired object graph one container uses; handlers take what they need from it. Each part is built
 * when first asked for (see {@link Lazy}), so a function pays at cold start only for what it uses.
 */
public final class Services {
    private final Supplier<ObjectMapper> json;
    private final Supplier<IngestPipeline> pipeline;
    private final Supplier<ArticleRequestReader> requestReader;
    private final Supplier<SearchService> search;
    private final Supplier<ArticleArchive> archive;
    private final Supplier<ArticleRecords> records;
    private final Supplier<List<HealthCheck>> health;
    private final Supplier<AnalyzeService> analyze;
    private final Supplier<EntityLookup> entityLookup;

    /** Parts already built (tests, fakes). */
    public Services(ObjectMapper json, IngestPipeline pipeline, ArticleRequestReader requestReader,
                    SearchService search, ArticleArchive archive, ArticleRecords records,
                    List<HealthCheck> health, AnalyzeService analyze, EntityLookup entityLookup) {
        this(Lazy.value(json), Lazy.value(pipeline), Lazy.value(requestReader), Lazy.value(search), Lazy.value(archive),
                Lazy.value(records), Lazy.value(health), Lazy.value(analyze), Lazy.value(entityLookup));
    }

    /** Parts built on first use; pass {@link Lazy} suppliers so each is built once. */
    public Services(Lazy<ObjectMapper> json, Lazy<IngestPipeline> pipeline, Lazy<ArticleRequestReader> requestReader,
                    Lazy<SearchService> search, Lazy<ArticleArchive> archive, Lazy<ArticleRecords> records,
                    Lazy<List<HealthCheck>> health, Lazy<AnalyzeService> analyze, Lazy<EntityLookup> entityLookup) {
        this.json = json;
        this.pipeline = pipeline;
        this.requestReader = requestReader;
        this.search = search;
        this.archive = archive;
        this.records = records;
        this.health = health;
        this.analyze = analyze;
        this.entityLookup = entityLookup;
    }

    public ObjectMapper json() {
        return json.get();
    }

    public IngestPipeline pipeline() {
        return pipeline.get();
    }

    public ArticleRequestReader requestReader() {
        return requestReader.get();
    }

    public SearchService search() {
        return search.get();
    }

    public ArticleArchive archive() {
        return archive.get();
    }

    public ArticleRecords records() {
        return records.get();
    }

    public List<HealthCheck> health() {
        return health.get();
    }

    public AnalyzeService analyze() {
        return analyze.get();
    }

    public EntityLookup entityLookup() {
        return entityLookup.get();
    }
}
