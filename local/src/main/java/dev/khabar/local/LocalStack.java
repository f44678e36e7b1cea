package dev.khabar.local;

import dev.khabar.aws.AppConfig;
import dev.khabar.aws.AwsClients;
import dev.khabar.aws.JsonMappers;
import dev.khabar.aws.LocalResources;
import dev.khabar.aws.OpenSearchHttp;
import dev.khabar.aws.OpenSearchSearchIndex;
import dev.khabar.aws.ArticleDocuments;
import dev.khabar.aws.Doors;
import dev.khabar.aws.S3InboxFiles;
import dev.khabar.aws.Services;
import dev.khabar.aws.Wiring;
import dev.khabar.feeds.FetchPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Connects to the local servers the launcher started and creates what CloudFormation would have
 * created on AWS: the bucket, the table and the index behind its alias.
 */
public final class LocalStack {
    private final AppConfig config;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final OpenSearchGenericClient openSearch;
    private final ObjectMapper json = JsonMappers.create();

    public LocalStack(AppConfig config) {
        this.config = config;
        SdkHttpClient http = AwsClients.httpClient();
        this.s3 = AwsClients.s3(config, http);
        this.dynamo = AwsClients.dynamoDb(config, http);
        this.openSearch = AwsClients.openSearch(config, http);
    }

    public LocalStack provision() {
        provisionStorage();
        searchIndex().ensureIndex();
        return this;
    }

    /** The archive and the records only: the source of truth, without the derived index. */
    public LocalStack provisionStorage() {
        LocalResources resources = new LocalResources(s3, dynamo);
        resources.ensureBucket(config.bucket());
        resources.ensureTable(config.table());
        return this;
    }

    public OpenSearchSearchIndex searchIndex() {
        return new OpenSearchSearchIndex(new OpenSearchHttp(openSearch, json), json, new ArticleDocuments(json), config.indexAlias());
    }

    public Doors doors() {
        return Wiring.doors(config, s3, dynamo, openSearch);
    }

    public Doors doors(FetchPolicy fetch) {
        return Wiring.doors(config, s3, dynamo, openSearch, fetch);
    }

    public S3InboxFiles inboxFiles() {
        return new S3InboxFiles(s3, config.bucket());
    }

    public Services services() {
        return Wiring.from(config, s3, dynamo, openSearch);
    }

    public S3Client s3() {
        return s3;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public AppConfig config() {
        return config;
    }
}
