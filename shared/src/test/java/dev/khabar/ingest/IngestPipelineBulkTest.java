package dev.khabar.ingest;

import dev.khabar.model.ArticleInput;
import dev.khabar.model.IndexState;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestPipelineBulkTest {
    private static final String BODY_AR = "أعلنت وزارة الصحة السعودية اليوم عن افتتاح ثلاثة مستشفيات جديدة في منطقة جازان لخدمة أكثر من مليون نسمة.";

    private static Submission json(String title, String body, String url) {
        ArticleInput input = new ArticleInput(title, body, url, null, null, null);
        return new Submission(input, new RawInput((title + body).getBytes(StandardCharsets.UTF_8), "application/json", "test"));
    }

    @Test
    void shouldRecordTheSameTextUnderAnotherUrlAsADuplicateOfTheFirstAndNotIndexItTwice() {
        InMemoryStores stores = new InMemoryStores();
        IngestPipeline pipeline = stores.pipeline();
        IngestResult first = pipeline.ingest(json("افتتاح مستشفيات في جازان", BODY_AR, "https://www.alriyadh.com/1063321").input(),
                json("a", "b", null).raw());
        IngestResult second = pipeline.ingest(new ArticleInput("افتتاح مستشفيات  في جازان", BODY_AR.replace("ثلاثة", "ثلاثةُ"),
                "https://sabq.org/saudia/health/jazan-hospitals", null, null, null), json("a", "b", null).raw());

        assertTrue(first.created());
        assertEquals(IndexState.INDEXED, first.indexState());
        assertEquals(first.article().id(), second.duplicateOf());
        assertEquals(IndexState.SKIPPED, second.indexState());
        assertEquals(first.article().id(), stores.records.get(second.article().id()).duplicateOf());
        assertEquals(1, stores.indexed.size());
        assertTrue(stores.enriched.containsKey(second.article().id()), "the duplicate is archived all the same");
    }

    @Test
    void shouldRejectBadItemsAndIngestTheRestInOneIndexRequest() {
        InMemoryStores stores = new InMemoryStores();
        List<IngestOutcome> outcomes = stores.pipeline().ingestAll(List.of(
                json("Ankara and Cairo hold defence talks", "Turkish and Egyptian defence officials met in Ankara on Tuesday.", "https://news.example.org/a1"),
                json("Only a title", "   ", null),
                json("موسم الحج", "بدأت طلائع الحجاج بالوصول إلى مكة المكرمة استعدادا لموسم الحج.", "https://www.okaz.com.sa/news/local/2015"),
                json("Ankara and Cairo hold defence talks", "Turkish and Egyptian defence officials met in Ankara on Tuesday.", "https://news.example.org/a1?utm_source=rss")));

        assertEquals(IngestOutcome.Status.CREATED, outcomes.get(0).status());
        assertEquals(IngestOutcome.Status.REJECTED, outcomes.get(1).status());
        assertEquals("missing_body", outcomes.get(1).code());
        assertEquals(IngestOutcome.Status.CREATED, outcomes.get(2).status());
        assertEquals(IngestOutcome.Status.DUPLICATE, outcomes.get(3).status());
        assertEquals(outcomes.get(0).id(), outcomes.get(3).id());
        assertNull(outcomes.get(3).duplicateOf(), "the same URL is the same article, not a copy of another");
        assertEquals(IndexState.INDEXED, outcomes.get(0).indexState());
        assertEquals(1, stores.indexRequests.get());
        assertEquals(2, stores.indexed.size());
    }

    @Test
    void shouldMarkACopyInsideTheSameBatchAsADuplicateOfTheFirst() {
        InMemoryStores stores = new InMemoryStores();
        List<IngestOutcome> outcomes = stores.pipeline().ingestAll(List.of(
                json("Istanbul ferry strike ends", "Ferry workers in Istanbul returned to work on Friday after a two-day strike.", "https://dailysabah.example/ferry"),
                json("Istanbul ferry strike ends", "Ferry workers in Istanbul returned to work on Friday after a two-day strike.", "https://hurriyet.example/en/ferry-strike")));
        assertEquals(IngestOutcome.Status.DUPLICATE, outcomes.get(1).status());
        assertEquals(outcomes.get(0).id(), outcomes.get(1).duplicateOf());
        assertEquals(1, stores.indexed.size());
    }

    @Test
    void shouldLeaveArticlesPendingWhenTheIndexIsDown() {
        InMemoryStores stores = new InMemoryStores();
        stores.indexDown = true;
        List<IngestOutcome> outcomes = stores.pipeline().ingestAll(List.of(
                json("Gaza ceasefire talks resume in Cairo", "Negotiators returned to Cairo on Sunday for a new round of talks.", "https://news.example.org/cairo")));
        assertEquals(IndexState.PENDING, outcomes.get(0).indexState());
        assertEquals(IndexState.PENDING, stores.records.get(outcomes.get(0).id()).indexState());
        assertEquals(List.of(outcomes.get(0).id()), stores.pendingIds(10));
    }
}
