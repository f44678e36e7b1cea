package dev.khabar.local;

import dev.khabar.aws.AppConfig;
import dev.khabar.aws.AwsClients;
import dev.khabar.aws.Wiring;
import dev.khabar.aws.Services;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.ServerSocket;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive or the records unreachable (real refused connections): ingest answers 503 and leaves
 * nothing half-written that looks done; a retry once the store is back converges on one record.
 */
class StorageDownIT {
    private static final String BODY = "{\"title\":\"Athens hosts Eastern Mediterranean energy forum\",\"body\":\"Energy ministers from Greece, Cyprus, Egypt and Israel met in Athens on Wednesday to discuss gas exports and a planned electricity interconnector.\",\"url\":\"https://news.example.org/energy/athens-forum\"}";

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A stack whose services use the given clients but whose front is otherwise the real one. */
    private static TestStack.Reply postWith(TestStack healthy, S3Client s3, DynamoDbClient dynamo) throws Exception {
        AppConfig config = healthy.stack().config();
        Services services = Wiring.from(config, s3, dynamo, AwsClients.openSearch(config, AwsClients.httpClient()));
        try (LocalFront front = new LocalFront("127.0.0.1", 0, LocalRoutes.of(services), services.json()).start()) {
            var request = java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + "/articles"))
                    .header("content-type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(BODY)).build();
            return healthy.send(request);
        }
    }

    @Test
    void shouldAnswer503AndWriteNoRecordOrIndexWhenS3IsUnreachable() throws Exception {
        try (TestStack stack = TestStack.start()) {
            SdkHttpClient http = AwsClients.httpClient();
            S3Client deadS3 = S3Client.builder().region(software.amazon.awssdk.regions.Region.US_EAST_1).httpClient(http)
                    .forcePathStyle(true).endpointOverride(URI.create("http://127.0.0.1:" + closedPort())).build();
            TestStack.Reply reply = postWith(stack, deadS3, stack.stack().dynamo());
            assertEquals(503, reply.status(), reply.text());
            assertEquals("dependency_unavailable", reply.json().path("error").path("code").asText());

            stack.refresh();
            assertEquals(0, stack.get("/search?q=Athens+interconnector").json().path("total").asInt());
            TestStack.Reply retried = stack.postJson("/articles", BODY);
            assertEquals(201, retried.status(), "first successful attempt creates: " + retried.text());
            ReliabilityLog.record("s3-unreachable", java.util.Map.of("status", reply.status(), "writtenElsewhere", 0));
        }
    }

    @Test
    void shouldAnswer503WhenDynamoDbIsUnreachableAndCreateExactlyOneRecordOnRetry() throws Exception {
        try (TestStack stack = TestStack.start()) {
            DynamoDbClient deadDynamo = DynamoDbClient.builder().region(software.amazon.awssdk.regions.Region.US_EAST_1)
                    .httpClient(AwsClients.httpClient())
                    .endpointOverride(URI.create("http://127.0.0.1:" + closedPort())).build();
            TestStack.Reply reply = postWith(stack, stack.stack().s3(), deadDynamo);
            assertEquals(503, reply.status(), reply.text());

            stack.refresh();
            assertEquals(0, stack.get("/search?q=Athens+interconnector").json().path("total").asInt(),
                    "no article is searchable without its record");

            TestStack.Reply first = stack.postJson("/articles", BODY);
            TestStack.Reply second = stack.postJson("/articles", BODY);
            assertEquals(201, first.status(), first.text());
            assertEquals(200, second.status());
            String id = first.json().path("id").asText();
            assertTrue(stack.services().records().get(id).isPresent());
            stack.refresh();
            assertEquals(1, stack.get("/search?q=Athens+interconnector").json().path("total").asInt());
            assertFalse(id.isBlank());
            ReliabilityLog.record("dynamodb-unreachable", java.util.Map.of("status", reply.status(), "recordsAfterRetry", 1,
                    "searchableWithoutRecord", 0));
        }
    }

}
