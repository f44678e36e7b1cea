package dev.khabar.ingest;

import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.model.ArticleInput;
import dev.khabar.model.IndexState;
import dev.khabar.testing.InMemoryArchive;
import dev.khabar.testing.InMemoryRecords;
import dev.khabar.testing.InMemorySearchIndex;
import dev.khabar.understand.BasicArticleAnalyzer;
import dev.khabar.understand.ScriptLanguageDetector;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestPipelineTest {
    private final InMemoryArchive archive = new InMemoryArchive();
    private final InMemoryRecords records = new InMemoryRecords();
    private final InMemorySearchIndex index = new InMemorySearchIndex();
    private final IngestPipeline pipeline = new IngestPipeline(new ArticleValidator(IngestLimits.defaults()),
            new UrlCanonicalizer(), new ContentFingerprint(), new ArticleIdentity(),
            new BasicArticleAnalyzer(new ScriptLanguageDetector()), archive, records, index,
            Clock.fixed(Instant.parse("2026-06-07T10:00:00Z"), ZoneOffset.UTC));

    private static final ArticleInput HEBREW = new ArticleInput("שר החוץ האמריקאי ביקר בקהיר",
            "שר החוץ מרקו רוביו נפגש בקהיר עם עמיתו המצרי ודן בשיחות הביטחוניות עם טורקיה.",
            "https://www.haaretz.co.il/news/world/1.2345", "2026-06-08T09:30:00+03:00", null, null);

    private static RawInput raw() {
        return new RawInput("{}".getBytes(StandardCharsets.UTF_8), "application/json", "test");
    }

    @Test
    void shouldArchiveRecordAndIndexANewArticle() {
        IngestResult result = pipeline.ingest(HEBREW, raw());
        assertTrue(result.created());
        assertEquals(IndexState.INDEXED, result.indexState());
        assertEquals("he", result.article().language());
        assertEquals("2026-06-08T09:30", result.article().published());
        String id = result.article().id();
        assertTrue(archive.raw.containsKey(id));
        assertTrue(archive.enriched.containsKey(id));
        assertEquals(IndexState.INDEXED, records.records.get(id).indexState());
        assertTrue(index.documents.containsKey(id));
    }

    @Test
    void shouldReturnTheSameIdAndWriteNothingNewOnARepeat() {
        String id = pipeline.ingest(HEBREW, raw()).article().id();
        int writes = archive.writes.get();
        IngestResult again = pipeline.ingest(HEBREW.withUrl("https://haaretz.co.il/news/world/1.2345/?utm_source=x"), raw());
        assertFalse(again.created());
        assertEquals(id, again.article().id());
        assertEquals(writes, archive.writes.get());
        assertEquals(1, records.records.size());
    }

    @Test
    void shouldKeepTheArticlePendingWhenTheIndexIsDownAndRepairItOnRetry() {
        index.down = true;
        IngestResult first = pipeline.ingest(HEBREW, raw());
        assertEquals(IndexState.PENDING, first.indexState());
        assertEquals(IndexState.PENDING, records.records.get(first.article().id()).indexState());
        index.down = false;
        IngestResult retry = pipeline.ingest(HEBREW, raw());
        assertEquals(IndexState.INDEXED, retry.indexState());
        assertEquals(IndexState.INDEXED, records.records.get(first.article().id()).indexState());
    }

    @Test
    void shouldWriteNoRecordAndNoIndexWhenTheArchiveIsDown() {
        archive.down = true;
        assertThrows(DependencyUnavailableException.class, () -> pipeline.ingest(HEBREW, raw()));
        assertTrue(records.records.isEmpty());
        assertTrue(index.documents.isEmpty());
    }

    @Test
    void shouldGiveTheSameIdToTheSameTextWithoutAUrl() {
        ArticleInput noUrl = new ArticleInput(null, "Yangın İzmir'de iki gündür sürüyor.", null, null, null, null);
        String a = pipeline.ingest(noUrl, raw()).article().id();
        String b = pipeline.ingest(new ArticleInput(null, "Yangın  İzmir'de iki gündür sürüyor", null, null, null, null), raw()).article().id();
        assertEquals(a, b);
    }
}
