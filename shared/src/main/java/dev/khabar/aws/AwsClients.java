package dev.khabar.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.aws.AwsSdk2Transport;
import org.opensearch.client.transport.aws.AwsSdk2TransportOptions;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Builds the SDK and OpenSearch clients, once per container. Timeouts are short on purpose: a store
 * that does not answer becomes a 503 the caller can retry, not a Lambda timeout.
 */
public final class AwsClients {
    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration CALL = Duration.ofSeconds(15);

    private AwsClients() {
    }

    public static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder().connectionTimeout(CONNECT).socketTimeout(CALL).build();
    }

    public static S3Client s3(AppConfig config, SdkHttpClient http) {
        return S3Client.builder()
                .region(Region.of(config.region()))
                .httpClient(http)
                // S3-compatible servers other than AWS answer only path-style requests.
                .forcePathStyle(config.s3Endpoint() != null)
                // The archive sends its own Content-MD5 with every put, which S3 checks; the SDK's
                // default trailing checksum wraps each small put in aws-chunked encoding that cost
                // a fifth of a put's CPU in the ingest profile.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .overrideConfiguration(overrides())
                .build();
    }

    public static DynamoDbClient dynamoDb(AppConfig config, SdkHttpClient http) {
        return DynamoDbClient.builder()
                .region(Region.of(config.region()))
                .httpClient(http)
                .overrideConfiguration(overrides())
                .build();
    }

    private static ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder().apiCallTimeout(CALL).apiCallAttemptTimeout(Duration.ofSeconds(5)).build();
    }

    /** Whether the OpenSearch endpoint is an AWS domain, reached through the SDK's HTTP client with SigV4. */
    public static boolean signsWithSdk(AppConfig config) {
        URI endpoint = URI.create(config.openSearchEndpoint());
        return "https".equalsIgnoreCase(endpoint.getScheme()) && endpoint.getHost().endsWith(".amazonaws.com");
    }

    public static OpenSearchGenericClient openSearch(AppConfig config, SdkHttpClient http) {
        return openSearch(config, () -> http, JsonMappers.create());
    }

    /**
     * @param http asked for only when the endpoint is an AWS domain (SigV4 over the SDK client); a plain
     *             endpoint (the local stand-in) goes through httpclient5 and never builds it
     * @param json the container's mapper; the client's own default would build a second one with the
     *             java.time module, which the generic API (bytes in, bytes out) never uses
     */
    public static OpenSearchGenericClient openSearch(AppConfig config, Supplier<SdkHttpClient> http, ObjectMapper json) {
        URI endpoint = URI.create(config.openSearchEndpoint());
        OpenSearchTransport transport;
        if (signsWithSdk(config)) {
            transport = new AwsSdk2Transport(http.get(), endpoint.getHost(), "es", Region.of(config.region()),
                    // Jackson, already loaded for everything else; the zips leave out the JSON-B default.
                    AwsSdk2TransportOptions.builder().setMapper(new JacksonJsonpMapper(json)).build());
        } else {
            HttpHost host = new HttpHost(endpoint.getScheme(), endpoint.getHost(), endpoint.getPort());
            transport = ApacheHttpClient5TransportBuilder.builder(host)
                    .setMapper(new JacksonJsonpMapper(json))
                    .setRequestConfigCallback(rc -> rc.setResponseTimeout(Timeout.of(CALL)))
                    .setHttpClientConfigCallback(hc -> hc.setConnectionManager(
                            PoolingAsyncClientConnectionManagerBuilder.create()
                                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                                            .setConnectTimeout(Timeout.of(CONNECT)).build())
                                    .setMaxConnTotal(32).setMaxConnPerRoute(32)
                                    .build()))
                    .build();
        }
        return new OpenSearchGenericClient(transport);
    }

}
