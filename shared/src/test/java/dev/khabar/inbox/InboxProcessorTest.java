package dev.khabar.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.JsonMappers;
import dev.khabar.ingest.ArticleRequestReader;
import dev.khabar.ingest.HtmlArticleExtractor;
import dev.khabar.ingest.InMemoryStores;
import dev.khabar.ingest.IngestLimits;
import dev.khabar.ingest.RawInputReader;
import dev.khabar.ingest.RawTextParser;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxProcessorTest {
    private final ObjectMapper json = JsonMappers.create();
    private final InMemoryStores stores = new InMemoryStores();

    private InboxProcessor processor(int batchSize) {
        RawInputReader reader = new RawInputReader(new ArticleRequestReader(json, new RawTextParser(), IngestLimits.defaults()),
                new RawTextParser(), new HtmlArticleExtractor(json));
        InboxLimits d = InboxLimits.defaults();
        return new InboxProcessor(stores, stores.pipeline(), reader, json,
                new InboxLimits(d.maxFileBytes(), 4096, 1_000_000, 10, batchSize, 1));
    }

    private static final String JSONL = """
            {"title":"السعودية تطلق برنامجا لدعم الصادرات","body":"أطلقت هيئة تنمية الصادرات السعودية برنامجا جديدا لدعم المصدرين في الأسواق الخليجية.","url":"https://www.aleqt.com/2015/07/21/article_1"}
            {"title":"Turkey raises interest rates","body":"The central bank in Ankara raised its policy rate by 250 basis points on Thursday.","url":"https://news.example.org/tr/rates"
            {"title":"الهلال يتعاقد مع مدرب جديد","body":"أعلن نادي الهلال التعاقد مع مدرب روماني لقيادة الفريق الأول في الموسم المقبل.","url":"https://www.arriyadiyah.com/2015/hilal-coach","author":"x"}

            {"title":"Hajj season preparations begin","body":"Saudi authorities began preparations in Mecca for more than two million pilgrims expected this season."}
            """;

    @Test
    void shouldIngestGoodLinesRejectBadOnesWithTheirReasonAndMoveTheFileToProcessed() throws IOException {
        stores.files.put("inbox/2026/day one.jsonl", JSONL.getBytes(StandardCharsets.UTF_8));
        InboxReport report = processor(2).process("inbox/2026/day one.jsonl");

        assertEquals(2, report.getCreated());
        assertEquals(2, report.getRejected());
        assertEquals(2, stores.indexed.size());
        assertFalse(stores.files.containsKey("inbox/2026/day one.jsonl"), "nothing stays in the inbox");
        assertTrue(stores.files.containsKey("processed/2026/day one.jsonl"));
        JsonNode reason = json.readTree(stores.files.get("rejected/2026/day one.jsonl.line-2.reason.json"));
        assertEquals("invalid_json", reason.path("error").path("code").asText());
        assertEquals("unknown_field", json.readTree(stores.files.get("rejected/2026/day one.jsonl.line-3.reason.json"))
                .path("error").path("code").asText());
        assertTrue(new String(stores.files.get("rejected/2026/day one.jsonl.line-2"), StandardCharsets.UTF_8).contains("Turkey raises"));
        JsonNode written = json.readTree(stores.files.get("processed/2026/day one.jsonl.report.json"));
        assertEquals(2, written.path("created").asInt());
        assertTrue(written.path("done").asBoolean());
        assertTrue(stores.files.keySet().stream().noneMatch(k -> k.startsWith("inbox/")), "the door never writes to inbox/");
    }

    @Test
    void shouldFindOnlyDuplicatesWhenTheSameFileArrivesAgain() {
        stores.files.put("inbox/a.jsonl", JSONL.getBytes(StandardCharsets.UTF_8));
        processor(100).process("inbox/a.jsonl");
        stores.files.put("inbox/b.jsonl", JSONL.getBytes(StandardCharsets.UTF_8));
        InboxReport again = processor(100).process("inbox/b.jsonl");
        assertEquals(0, again.getCreated());
        assertEquals(2, again.getDuplicates());
    }

    @Test
    void shouldDoNothingWhenTheSameEventArrivesAfterTheFileWasFiledAway() {
        stores.files.put("inbox/twice.jsonl", JSONL.getBytes(StandardCharsets.UTF_8));
        processor(100).process("inbox/twice.jsonl");
        int filesBefore = stores.files.size();
        InboxReport again = processor(100).process("inbox/twice.jsonl");
        assertTrue(again.isGone());
        assertEquals(0, again.getItems());
        assertEquals(filesBefore, stores.files.size());
    }

    @Test
    void shouldRejectALineOverTheLimitAndKeepReadingTheNextOnes() {
        String longLine = "{\"body\":\"" + "ب".repeat(5000) + "\"}";
        String good = "{\"title\":\"Beirut port inquiry\",\"body\":\"A Lebanese judge resumed the inquiry into the Beirut port blast on Monday.\"}";
        stores.files.put("inbox/long.jsonl", (longLine + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8));
        InboxReport report = processor(10).process("inbox/long.jsonl");
        assertEquals(1, report.getCreated());
        assertEquals("line_too_long", report.getRejections().get(0).code());
    }

    @Test
    void shouldReadEveryKindOfFileInsideAZipAndRejectWhatItCannotRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "articles/one.txt", "انخفاض أسعار النفط\n2015-07-21\nانخفضت أسعار النفط في الأسواق العالمية اليوم بنسبة ثلاثة في المئة.\n<https://www.alyaum.com/article/4071234>\n");
            entry(zip, "articles/two.json", "{\"title\":\"Erdogan visits Baku\",\"body\":\"President Erdogan arrived in Baku on Wednesday for talks on energy.\"}");
            entry(zip, "articles/three.html", "<html lang=\"ar\"><head><title>مطار الملك عبدالعزيز</title></head><body><article><p>افتتح مطار الملك عبدالعزيز الدولي في جدة صالة جديدة لاستقبال المسافرين اليوم.</p></article></body></html>");
            entry(zip, "articles/photo.png", "\u0089PNG");
            entry(zip, "../../etc/evil.json", "{\"title\":");
        }
        stores.files.put("inbox/bundle.zip", bytes.toByteArray());
        InboxReport report = processor(10).process("inbox/bundle.zip");
        assertEquals(3, report.getCreated());
        assertEquals(2, report.getRejected());
        assertNotNull(stores.files.get("rejected/bundle.zip.articles/photo.png.reason.json"));
        assertTrue(stores.files.keySet().stream().filter(k -> k.startsWith("rejected/")).noneMatch(k -> k.contains("..")),
                "entry names cannot climb out of rejected/");
    }

    @Test
    void shouldRejectAFileOfAnUnknownTypeWithItsReason() throws IOException {
        stores.files.put("inbox/notes.docx", new byte[] {1, 2, 3});
        InboxReport report = processor(10).process("inbox/notes.docx");
        assertEquals(1, report.getRejected());
        assertEquals("unsupported_file_type", json.readTree(stores.files.get("rejected/notes.docx.reason.json"))
                .path("error").path("code").asText());
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
