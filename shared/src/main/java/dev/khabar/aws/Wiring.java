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

    /**
     * Clients and models are built when a request first needs them (the handlers ask up front for
     * what their main route uses, so that is built at construction as before): a search container
     * never builds the S3 and DynamoDB clients unless a route reads them, nor the ingest pipeline.
     */
    public static Services from(AppConfig config) {
        Lazy<SdkHttpClient> http = Lazy.of(AwsClients::httpClient);
        Lazy<ObjectMapper> json = Lazy.of(JsonMappers::create);
        return from(config, json, Lazy.of(() -> AwsClients.s3(config, http.get())), Lazy.of(() -> AwsClients.dynamoDb(config, http.get())),
                Lazy.of(() -> AwsClients.openSearch(config, http, json.get())));
    }

    public static Services from(AppConfig config, S3Client s3, DynamoDbClient dynamo,
                                org.opensearch.client.opensearch.generic.OpenSearchGenericClient openSearch) {
        return from(config, Lazy.value(JsonMappers.create()), Lazy.value(s3), Lazy.value(dynamo), Lazy.value(openSearch));
    }

    /**
     * The search service and the ingest pipeline, when first asked for, build their parts side by side:
     * the language models (gazetteer, date grammar, lexicon) on one background thread, the SDK's S3 and
     * DynamoDB clients on another (one thread for all SDK clients, so no two threads initialise SDK
     * classes at once), the JSON mapper and the OpenSearch client on the asking thread.
     */
    private static Services from(AppConfig config, Lazy<ObjectMapper> json, Lazy<S3Client> s3, Lazy<DynamoDbClient> dynamo,
                                 Lazy<org.opensearch.client.opensearch.generic.OpenSearchGenericClient> openSearch) {
        IngestLimits limits = IngestLimits.defaults();
        Lazy<S3ArticleArchive> archive = Lazy.of(() -> new S3ArticleArchive(s3.get(), config.bucket(), json.get()));
        Lazy<DynamoDbArticleRecords> records = Lazy.of(() -> new DynamoDbArticleRecords(dynamo.get(), config.table()));
        Lazy<OpenSearchSearchIndex> index = Lazy.of(() -> new OpenSearchSearchIndex(new OpenSearchHttp(openSearch.get(), json.get()),
                json.get(), new ArticleDocuments(json.get()), config.indexAlias()));
        Lazy<Understanding> understanding = Lazy.of(Understanding::load);
        Lazy<DateVocabulary> vocabulary = Lazy.of(DateVocabulary::load);
        Lazy<QueryDateReader> queryDates = Lazy.of(() -> new QueryDateReader(vocabulary.get()));
        Lazy<Lexicon> lexicon = Lazy.of(Lexicon::fromClasspath);
        Lazy<ArticleAnalyzer> analyzer = Lazy.of(() -> analyzer(understanding.get(), vocabulary.get()));
        Lazy<IngestPipeline> pipeline = Lazy.of(() -> {
            Lazy.inBackground("khabar-init-models", analyzer);
            // An AWS domain is reached through the SDK's HTTP client and signer: its client joins the SDK thread.
            if (AwsClients.signsWithSdk(config)) {
                Lazy.inBackground("khabar-init-sdk", archive, records, index);
            } else {
                Lazy.inBackground("khabar-init-sdk", archive, records);
            }
            return new IngestPipeline(new ArticleValidator(limits), new UrlCanonicalizer(), new ContentFingerprint(),
                    new ArticleIdentity(), analyzer.get(), archive.get(), records.get(), index.get(), Clock.systemUTC(),
                    new Parallel(storeCallThreads()));
        });
        Lazy<SearchService> search = Lazy.of(() -> {
            Lazy.inBackground("khabar-init-models", understanding, queryDates, lexicon);
            SearchIndex searchIndex = index.get();
            return searchService(searchIndex, json.get(), understanding.get().lookup(), queryDates.get(), lexicon.get(), config);
        });
        return new Services(json, pipeline, Lazy.of(() -> new ArticleRequestReader(json.get(), new RawTextParser(), limits)),
                search, Lazy.of(archive::get), Lazy.of(records::get), Lazy.of(() -> List.of(archive.get(), records.get(), index.get())),
                Lazy.of(() -> new AnalyzeService(new ArticleValidator(limits), analyzer.get())),
                Lazy.of(() -> understanding.get().lookup()));
    }

    /** The S3 inbox and reindex doors, on clients of their own (one container runs one function). */
    public static Doors doorsFromEnvironment() {
        AppConfig config = AppConfig.from(System.getenv());
        Lazy<SdkHttpClient> http = Lazy.of(AwsClients::httpClient);
        Lazy<ObjectMapper> json = Lazy.of(JsonMappers::create);
        return doors(config, json, Lazy.of(() -> AwsClients.s3(config, http.get())), Lazy.of(() -> AwsClients.dynamoDb(config, http.get())),
                Lazy.of(() -> AwsClients.openSearch(config, http, json.get())), FetchPolicy.defaults());
    }

    public static Doors doors(AppConfig config, S3Client s3, DynamoDbClient dynamo,
                              org.opensearch.client.opensearch.generic.OpenSearchGenericClient openSearch) {
        return doors(config, s3, dynamo, openSearch, FetchPolicy.defaults());
    }

    /** @param fetch how feeds are fetched; only tests and the local stack on request allow loopback */
    public static Doors doors(AppConfig config, S3Client s3, DynamoDbClient dynamo,
                              org.opensearch.client.opensearch.generic.OpenSearchGenericClient openSearch, FetchPolicy fetch) {
        return doors(config, Lazy.value(JsonMappers.create()), Lazy.value(s3), Lazy.value(dynamo), Lazy.value(openSearch), fetch);
    }

    private static Doors doors(AppConfig config, Lazy<ObjectMapper> json, Lazy<S3Client> s3, Lazy<DynamoDbClient> dynamo,
                               Lazy<org.opensearch.client.opensearch.generic.OpenSearchGenericClient> openSearch, FetchPolicy fetch) {
        Services services = from(config, json, s3, dynamo, openSearch);
        Lazy<RawInputReader> reader = Lazy.of(() -> new RawInputReader(services.requestReader(), new RawTextParser(),
                new HtmlArticleExtractor(json.get())));
        // The pipeline first, each time: it starts building the clients and the models side by side.
        Lazy<InboxProcessor> inbox = Lazy.of(() -> {
            IngestPipeline pipeline = services.pipeline();
            return new InboxProcessor(new S3InboxFiles(s3.get(), config.bucket()), pipeline, reader.get(), json.get(),
                    InboxLimits.defaults());
        });
        Lazy<Reindexer> reindexer = Lazy.of(() -> {
            IngestPipeline pipeline = services.pipeline();
            OpenSearchHttp openSearchHttp = new OpenSearchHttp(openSearch.get(), json.get());
            ArticleDocuments documents = new ArticleDocuments(json.get());
            OpenSearchSearchIndex index = new OpenSearchSearchIndex(openSearchHttp, json.get(), documents, config.indexAlias());
            OpenSearchIndexGenerations generations = new OpenSearchIndexGenerations(openSearchHttp, json.get(), index,
                    new OpenSearchBulk(openSearchHttp, json.get(), documents), config.indexAlias());
            return new Reindexer(services.archive(), services.records(), generations, pipeline, reader.get(),
                    new Parallel(storeCallThreads()));
        });
        Lazy<DynamoDbFeedStore> feedStore = Lazy.of(() -> new DynamoDbFeedStore(dynamo.get(), config.table()));
        Lazy<FeedService> feeds = Lazy.of(() -> new FeedService(feedStore.get(), new UrlCanonicalizer(), json.get(), fetch.addresses(),
                Clock.systemUTC()));
        Lazy<FeedPoller> poller = Lazy.of(() -> {
            IngestPipeline pipeline = services.pipeline();
            return new FeedPoller(feedStore.get(), new SafeFetcher(fetch), new FeedParser(json.get()),
                    new HtmlArticleExtractor(json.get()), pipeline, fetch, Clock.systemUTC());
        });
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
        return searchService(index, json, entities, new QueryDateReader(DateVocabulary.load()), Lexicon.fromClasspath(), config);
    }

    private static SearchService searchService(SearchIndex index, ObjectMapper json, EntityLookup entities,
                                               QueryDateReader queryDates, Lexicon lexicon, AppConfig config) {
        QueryInterpreter interpreter = new QueryInterpreter(new QueryParser(),
                new CalendarQueryDates(queryDates, Clock.systemUTC()), entities, new CrossLingualExpander(lexicon));
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
        return analyzer(understanding, DateVocabulary.load());
    }

    public static ArticleAnalyzer analyzer(Understanding understanding, DateVocabulary vocabulary) {
        return new MultilingualArticleAnalyzer(understanding.languages(), new MultilingualDatelineParser(vocabulary),
                understanding.entities(), new RuleBasedDateMentionExtractor(vocabulary, DateResolution.PAST),
                Understanding.EXTRACTOR_VERSION);
    }

}
