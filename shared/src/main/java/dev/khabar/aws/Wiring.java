package dev.khabar.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.ingest.AnalyzeService;
import dev.khabar.ingest.ArticleIdentity;
import dev.khabar.ingest.ArticleRequestReader;
import dev.khabar.ingest.ArticleValidator;
import dev.khabar.ingest.ContentFingerprint;
import dev.khabar.ingest.IngestLimits;
import dev.khabar.ingest.IngestPipeline;
import dev.khabar.ingest.RawTextParser;
import dev.khabar.ingest.UrlCanonicalizer;
import dev.khabar.search.CrossLingualExpander;
import dev.khabar.search.CursorCodec;
import dev.khabar.search.CalendarQueryDates;
import dev.khabar.search.OutletCountries;
import dev.khabar.search.QueryInterpreter;
import dev.khabar.search.QueryParser;
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
                new ContentFingerprint(), new ArticleIdentity(), analyzer, archive, records, index, Clock.systemUTC());
        return new Services(json, pipeline, new ArticleRequestReader(json, new RawTextParser(), limits),
                searchService(index, json, understanding.lookup(), config), archive, records, List.of(archive, records, index),
                new AnalyzeService(new ArticleValidator(limits), analyzer), understanding.lookup());
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
