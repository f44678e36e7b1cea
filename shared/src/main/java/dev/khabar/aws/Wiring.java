package dev.khabar.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.ingest.AnalyzeService;
import dev.khabar.ingest.ArticleIdentity;
import dev.khabar.ingest.ArticleRequestReader;
import dev.khabar.ingest.ArticleValidator;
import dev.khabar.ingest.ContentFingerprint;
import dev.khabar.ingest.IngestLimits;
import dev.khabar.feeds.FeedParser;
import dev.khabar.feeds.FeedPoller;
import dev.khabar.feeds.FeedService;
import dev.khabar.feeds.FetchPolicy;
import dev.khabar.feeds.SafeFetcher;
import dev.khabar.inbox.InboxLimits;
import dev.khabar.inbox.InboxProcessor;
import dev.khabar.ingest.HtmlArticleExtractor;
import dev.khabar.ingest.IngestPipeline;
import dev.khabar.ingest.Parallel;
import dev.khabar.ingest.RawInputReader;
import dev.khabar.ingest.RawTextParser;
import dev.khabar.ingest.UrlCanonicalizer;
import dev.khabar.search.CrossLingualExpander;
import dev.khabar.search.CursorCodec;
import dev.khabar.search.CalendarQueryDates;
import dev.khabar.search.OutletCountries;
import dev.khabar.search.QueryInterpreter;
import dev.khabar.search.QueryParser;
import dev.khabar.reindex.Reindexer;
import dev.khabar.search.SearchService;
import dev.khabar.store.SearchIndex;
import dev.khabar.search.lexicon.Lexicon;
import dev.khabar.understand.entities.EntityLookup;
import dev.khabar.understand.ArticleAnalyzer;
import dev.khabar.understand.MultilingualArticleAnalyzer;
import dev.khabar.understand.Understanding;
import dev.khabar.understand.dates.DateResolution;
import dev.khabar.understand.dates.DateVocabulary;
import dev.khabar.understand.dates.QueryDateReader;
import dev.khabar.understand.dates.MultilingualDatelineParser;
import dev.khabar.understand.dates.RuleBasedDateMentionExtractor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Composition root: the only place that knows which adapter stands behind which port. */
public final class Wiring {
    private Wiring() {
    }

    public static Services fromEnvironment() {
        return from(AppConfig.from(System.getenv()));
    }

    public static Services from(AppConfig config) {
        SdkHttpClient http = AwsClients.httpClient();
        return from(config, AwsClients.s3(config, http), AwsClients.dynamoDb(config, http), AwsClients.openSearch(config, http));
    }

    public static Services from(AppConfig config, S3Client s3, DynamoDbClient dynamo,
                                org.opensearch.client.opensearch.generic.OpenSearchGenericClient openSearch) {
        ObjectMapper json = JsonMappers.create();
        IngestLimits limits = IngestLimits.defaults();
        S3ArticleArchive archive = new S3ArticleArchive(s3, config.bucket(), json);
        DynamoDbArticleRecords records = new DynamoDbArticleRecords(dynamo, config.table());
        OpenSearchSearchIndex index = new OpenSearchSearchIndex(new OpenSearchHttp(openSearch, json), json,
                new ArticleDocuments(json), config.indexAlias());
        Understanding understanding = Understanding.load();
        ArticleAnalyzer analyzer = analyzer(understanding);
        IngestPipeline pipeline = new IngestPipeline(new ArticleValidator(limits), new UrlCanonicalizer(),
                new ContentFingerprint(), new ArticleIdentity(), analyzer, archive, records, index, Clock.systemUTC(),
                new Parallel(storeCallThreads()));
        return new Services(json, pipeline, new ArticleRequestReader(json, new RawTextParser(), limits),
                searchService(index, json, understanding.lookup(), config), archive, records, List.of(archive, records, index),
                new AnalyzeService(new ArticleValidator(limits), analyzer), understanding.lookup());
    }

    /** The S3 inbox and reindex doors, on clients of their own (one container runs one function). */
    public static Doors doorsFromEnvironment() {
        AppConfig config = AppConfig.from(System.getenv());
        SdkHttpClient http = AwsClients.httpClient();
        return doors(config, AwsClients.s3(config, http), AwsClients.dynamoDb(config, http), AwsClients.openSearch(config, http));
    }

    public static Doors doors(AppConfig config, S3Client s3, DynamoDbClient dynamo,
                              org.opensearch.client.opensearch.generic.OpenSearchGenericClient openSearch) {
        return doors(config, s3, dynamo, openSearch, FetchPolicy.defaults());
    }

    /** @param fetch how feeds are fetched; only tests and the local stack on request allow loopback */
    public static Doors doors(AppConfig config, S3Client s3, DynamoDbClient dynamo,
                              org.opensearch.client.opensearch.generic.OpenSearchGenericClient openSearch, FetchPolicy fetch) {
        Services services = from(config, s3, dynamo, openSearch);
        ObjectMapper json = services.json();
        RawInputReader reader = new RawInputReader(services.requestReader(), new RawTextParser(), new HtmlArticleExtractor(json));
        InboxProcessor inbox = new InboxProcessor(new S3InboxFiles(s3, config.bucket()), services.pipeline(), reader, json,
                InboxLimits.defaults());
        OpenSearchHttp openSearchHttp = new OpenSearchHttp(openSearch, json);
        ArticleDocuments documents = new ArticleDocuments(json);
        OpenSearchSearchIndex index = new OpenSearchSearchIndex(openSearchHttp, json, documents, config.indexAlias());
        OpenSearchIndexGenerations generations = new OpenSearchIndexGenerations(openSearchHttp, json, index,
                new OpenSearchBulk(openSearchHttp, json, documents), config.indexAlias());
        Reindexer reindexer = new Reindexer(services.archive(), services.records(), generations, services.pipeline(), reader,
                new Parallel(storeCallThreads()));
        DynamoDbFeedStore feedStore = new DynamoDbFeedStore(dynamo, config.table());
        FeedService feeds = new FeedService(feedStore, new UrlCanonicalizer(), json, fetch.addresses(), Clock.systemUTC());
        FeedPoller poller = new FeedPoller(feedStore, new SafeFetcher(fetch), new FeedParser(json), new HtmlArticleExtractor(json),
                services.pipeline(), fetch, Clock.systemUTC());
        return new Doors(services, inbox, reindexer, feeds, poller);
    }

    /** Store calls wait on the network, so more threads than cores pay off; daemon so they never hold a JVM open. */
    private static ExecutorService storeCallThreads() {
        return Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "khabar-store");
            t.setDaemon(true);
            return t;
        });
    }

    public static SearchService searchService(SearchIndex index, ObjectMapper json, EntityLookup entities, AppConfig config) {
        QueryInterpreter interpreter = new QueryInterpreter(new QueryParser(),
                new CalendarQueryDates(new QueryDateReader(DateVocabulary.load()), Clock.systemUTC()), entities,
                new CrossLingualExpander(Lexicon.fromClasspath()));
        return new SearchService(index, interpreter, entities, new CursorCodec(cursorSecret(config), json), new OutletCountries());
    }

    /**
     * Cursors are signed so a garbled one is refused cleanly. Every container of a deployment must
     * sign alike (a cursor from one page request is redeemed by whichever container serves the next),
     * so without a configured secret the key is derived from the deployment's own resource names.
     */
    private static byte[] cursorSecret(AppConfig config) {
        String configured = System.getenv("KHABAR_CURSOR_SECRET");
        String basis = configured != null && configured.length() >= 16 ? configured
                : "khabar-cursor|" + config.bucket() + "|" + config.table() + "|" + config.indexAlias();
        return basis.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static ArticleAnalyzer analyzer(Understanding understanding) {
        DateVocabulary vocabulary = DateVocabulary.load();
        return new MultilingualArticleAnalyzer(understanding.languages(), new MultilingualDatelineParser(vocabulary),
                understanding.entities(), new RuleBasedDateMentionExtractor(vocabulary, DateResolution.PAST),
                Understanding.EXTRACTOR_VERSION);
    }

}
