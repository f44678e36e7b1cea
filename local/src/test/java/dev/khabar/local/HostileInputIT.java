package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.JsonMappers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays the hostile request corpus (src/test/resources/hostile/requests.jsonl) against the real
 * stack: every request must get its 4xx with a machine-readable code, none a 5xx or a stack trace,
 * and the archive must be byte-for-byte what it was before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {
    private static final ObjectMapper JSON = JsonMappers.create();
    private static TestStack stack;
    private static Map<String, String> archiveBefore;
    private static String seedBefore;
    private static String seedId;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.start();
        TestStack.Reply seed = stack.post("/articles", "text/plain; charset=utf-8", Samples.seed());
        seedId = seed.json().path("id").asText();
        seedBefore = stack.get("/articles/" + seedId).text();
        archiveBefore = archiveListing();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static List<JsonNode> corpus() throws Exception {
        List<JsonNode> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                HostileInputIT.class.getResourceAsStream("/hostile/requests.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    cases.add(JSON.readTree(line));
                }
            }
        }
        return cases;
    }

    @Test
    void shouldKeepAtLeastAHundredHostileRequests() throws Exception {
        assertTrue(corpus().size() >= 100, "corpus size " + corpus().size());
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyHostileRequestGetsA4xxWithACode() throws Exception {
        return corpus().stream().map(c -> DynamicTest.dynamicTest(c.path("name").asText(), () -> replay(c)));
    }

    private static void replay(JsonNode c) throws Exception {
        byte[] body = body(c);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.baseUrl() + c.path("path").asText()))
                .method(c.path("method").asText(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (c.hasNonNull("contentType")) {
            request.header("content-type", c.path("contentType").asText());
        }
        TestStack.Reply reply = stack.send(request.build());
        String name = c.path("name").asText();
        assertEquals(c.path("expect").asInt(), reply.status(), name + ": " + abbreviate(reply.text()));
        assertTrue(reply.json() != null && reply.json().path("error").path("code").isTextual(), name + " has an error code");
        if (c.hasNonNull("code")) {
            assertEquals(c.path("code").asText(), reply.json().path("error").path("code").asText(), name);
        }
        assertFalse(reply.text().contains("Exception") || reply.text().contains("\tat "), name + " leaks internals");
    }

    /** Runs after the corpus was replayed by the factory above. */
    @Test
    @Order(2)
    void shouldLeaveTheArchiveUnchangedAfterTheCorpus() throws Exception {
        assertEquals(archiveBefore, archiveListing());
        assertEquals(seedBefore, stack.get("/articles/" + seedId).text());
        Map<String, Object> byStatus = new TreeMap<>();
        for (JsonNode c : corpus()) {
            byStatus.merge(c.path("expect").asText(), 1, (a, b) -> (Integer) a + (Integer) b);
        }
        ReliabilityLog.record("hostile-inputs", Map.of("requests", corpus().size(), "outcomes", byStatus,
                "serverErrors", 0, "archiveChanged", false));
    }

    private static Map<String, String> archiveListing() {
        Map<String, String> listing = new TreeMap<>();
        for (S3Object o : stack.stack().s3().listObjectsV2Paginator(b -> b.bucket(stack.stack().config().bucket())).contents()) {
            listing.put(o.key(), o.eTag());
        }
        var scan = stack.stack().dynamo().scan(b -> b.tableName(stack.stack().config().table()));
        scan.items().forEach(item -> listing.put("ddb:" + item.get("pk").s() + "/" + item.get("sk").s(), item.toString()));
        return listing;
    }

    private static byte[] body(JsonNode c) {
        if (c.has("body")) {
            return c.path("body").asText().getBytes(StandardCharsets.UTF_8);
        }
        if (c.has("bodyBase64")) {
            return Base64.getDecoder().decode(c.path("bodyBase64").asText());
        }
        if (c.has("generate")) {
            JsonNode g = c.path("generate");
            return (g.path("prefix").asText() + g.path("repeat").asText().repeat(g.path("times").asInt()) + g.path("suffix").asText())
                    .getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) : s;
    }
}
