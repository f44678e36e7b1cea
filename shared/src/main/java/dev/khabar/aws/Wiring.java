package dev.khabar.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.khabar.search.InterimYearOnlyQueryDates;
import dev.khabar.search.NoEntityLookup;
import dev.khabar.search.OutletCountries;
import dev.khabar.search.QueryInterpreter;
import dev.khabar.search.QueryParser;
import dev.khabar.search.SearchService;
import dev.khabar.search.lexicon.Lexicon;
import dev.khabar.understand.entities.EntityLookup;
import dev.khabar.understand.ArticleAnalyzer;
import dev.khabar.understand.BasicArticleAnalyzer;
import dev.khabar.understand.ScriptLanguageDetector;
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
        ArticleAnalyzer analyzer = analyzer();
        IngestPipeline pipeline = new IngestPipeline(new ArticleValidator(limits), new UrlCanonicalizer(),
                new ContentFingerprint(), new ArticleIdentity(), analyzer, archive, records, index, Clock.systemUTC());
        return new Services(json, pipeline, new ArticleRequestReader(json, new RawTextParser(), limits),
                searchService(index, json), archive, records, List.of(archive, records, index));
    }

    // NoEntityLookup and InterimYearOnlyQueryDates stand in until the gazetteer and the dates reader are merged.
    static SearchService searchService(OpenSearchSearchIndex index, ObjectMapper json) {
        EntityLookup entities = new NoEntityLookup();
        QueryInterpreter interpreter = new QueryInterpreter(new QueryParser(), new InterimYearOnlyQueryDates(), entities,
                new CrossLingualExpander(Lexicon.fromClasspath()));
        return new SearchService(index, interpreter, entities, new CursorCodec(cursorSecret(), json), new OutletCountries());
    }

    /** Cursors are signed; without a configured secret each container signs with its own random one. */
    private static byte[] cursorSecret() {
        String configured = System.getenv("KHABAR_CURSOR_SECRET");
        if (configured != null && configured.length() >= 16) {
            return configured.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return random;
    }

    static ArticleAnalyzer analyzer() {
        return new BasicArticleAnalyzer(new ScriptLanguageDetector());
    }

}
