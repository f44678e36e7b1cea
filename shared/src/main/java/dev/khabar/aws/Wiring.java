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
import dev.khabar.search.SearchService;
import dev.khabar.understand.ArticleAnalyzer;
import dev.khabar.understand.MultilingualArticleAnalyzer;
import dev.khabar.understand.ScriptLanguageDetector;
import dev.khabar.understand.dates.DateResolution;
import dev.khabar.understand.dates.DateVocabulary;
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
        ArticleAnalyzer analyzer = analyzer();
        IngestPipeline pipeline = new IngestPipeline(new ArticleValidator(limits), new UrlCanonicalizer(),
                new ContentFingerprint(), new ArticleIdentity(), analyzer, archive, records, index, Clock.systemUTC());
        return new Services(json, pipeline, new ArticleRequestReader(json, new RawTextParser(), limits),
                new SearchService(index), archive, records, List.of(archive, records, index));
    }

    static ArticleAnalyzer analyzer() {
        // Dates are real; entities wait for the entities slice (merged separately), hence the empty extractor.
        DateVocabulary dates = DateVocabulary.load();
        return new MultilingualArticleAnalyzer(new ScriptLanguageDetector(), new MultilingualDatelineParser(dates),
                (text, language) -> List.of(), new RuleBasedDateMentionExtractor(dates, DateResolution.PAST), "dates-1");
    }

}
