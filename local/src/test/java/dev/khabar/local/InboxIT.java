package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.aws.Doors;
import dev.khabar.aws.S3InboxFiles;
import dev.khabar.functions.inbox.InboxHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: a file lands in inbox/ on S3Proxy, the poller delivers the S3 event, the articles become searchable. */
class InboxIT {
    private static TestStack stack;
    private static Doors doors;
    private static S3InboxFiles files;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.start();
        doors = stack.stack().doors();
        files = stack.stack().inboxFiles();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void shouldIngestAJsonlDroppedInTheInboxAndRejectTheMalformedLineWithItsReason() throws Exception {
        String jsonl = """
                {"title":"أمير منطقة الرياض يدشن مشروع النقل العام","body":"دشن أمير منطقة الرياض اليوم المرحلة الأولى من مشروع النقل العام الذي يشمل شبكة حافلات تغطي أحياء العاصمة.","url":"https://www.alriyadh.com/1064001","source":"alriyadh","published":"2015-07-22"}
                {"title":"Saudi exports to Turkey rise","body":"Non-oil exports from Saudi Arabia to Turkey rose by a fifth in the second quarter, the statistics authority said.","url":"https://www.aleqt.com/2015/07/22/article_2"
                {"title":"النصر يفوز على الاتحاد","body":"حقق فريق النصر فوزا ثمينا على الاتحاد بهدفين مقابل هدف في المباراة التي أقيمت على ملعب الملك فهد الدولي.","url":"https://www.arriyadiyah.com/2015/nassr-ittihad"}
                """;
        files.put("inbox/it/اليوم.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        try (InboxPoller poller = new InboxPoller(files, stack.stack().config().bucket(), new InboxHandler(doors)).start(100)) {
            JsonNode report = waitForReport("processed/it/اليوم.jsonl.report.json");
            assertEquals(2, report.path("created").asInt(), report.toString());
            assertEquals(1, report.path("rejected").asInt());
            assertEquals("line-2", report.path("rejections").path(0).path("where").asText());
        }
        JsonNode reason = stack.services().json().readTree(files.readIfPresent("rejected/it/اليوم.jsonl.line-2.reason.json"));
        assertEquals("invalid_json", reason.path("error").path("code").asText());
        assertNotNull(files.readIfPresent("rejected/it/اليوم.jsonl.line-2"), "the bad line is kept for inspection");
        assertNull(files.readIfPresent("inbox/it/اليوم.jsonl"), "the file left the inbox");
        assertNotNull(files.readIfPresent("processed/it/اليوم.jsonl"));

        stack.refresh();
        TestStack.Reply found = stack.get("/search?q=" + URLEncoder.encode("النقل العام", StandardCharsets.UTF_8));
        assertEquals(1, found.json().path("total").asInt(), found.text());
        assertTrue(files.list("inbox/", 10).isEmpty(), "nothing was written back into the inbox");
    }

    @Test
    void shouldDecodeTheUrlEncodedKeyOfARealS3Event() throws Exception {
        String decoded = "inbox/2026-06-07/أخبار اليوم.jsonl";
        files.put(decoded, "{\"title\":\"Jeddah corniche reopens\",\"body\":\"The renovated corniche in Jeddah reopened to visitors on Thursday evening.\"}\n"
                .getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        String result = new InboxHandler(doors).handleRequest(
                S3Events.read(Samples.repoRoot().resolve("events/s3-inbox-put.json"), stack.services().json()),
                new LocalContext("it", "inbox"));
        assertTrue(result.contains("\"created\":1"), result);
        assertNotNull(files.readIfPresent("processed/2026-06-07/أخبار اليوم.jsonl.report.json"));
    }

    private static JsonNode waitForReport(String key) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            byte[] bytes = files.readIfPresent(key);
            if (bytes != null) {
                return stack.services().json().readTree(bytes);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no report at " + key + " within 60 s");
    }
}
