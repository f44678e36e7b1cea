package dev.khabar.reindex;

import dev.khabar.aws.JsonMappers;
import dev.khabar.ingest.ArticleRequestReader;
import dev.khabar.ingest.HtmlArticleExtractor;
import dev.khabar.ingest.InMemoryStores;
import dev.khabar.ingest.IngestLimits;
import dev.khabar.ingest.IngestPipeline;
import dev.khabar.ingest.Parallel;
import dev.khabar.ingest.RawInput;
import dev.khabar.ingest.RawInputReader;
import dev.khabar.ingest.RawTextParser;
import dev.khabar.model.Article;
import dev.khabar.model.ArticleInput;
import dev.khabar.model.ArticleRecord;
import dev.khabar.model.IndexState;
import dev.khabar.store.IndexGenerations;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReindexerTest {
    private final InMemoryStores stores = new InMemoryStores();
    private final IngestPipeline pipeline = stores.pipeline();
    private final RawInputReader reader = new RawInputReader(new ArticleRequestReader(JsonMappers.create(), new RawTextParser(),
            IngestLimits.defaults()), new RawTextParser(), new HtmlArticleExtractor(JsonMappers.create()));

    /** Generations in memory: which ids each holds, and where the alias points. */
    private static final class Generations implements IndexGenerations {
        final java.util.Map<String, Set<String>> indexes = new java.util.TreeMap<>(java.util.Map.of("articles-v1", new HashSet<>()));
        String alias = "articles-v1";
        boolean loseDocuments;

        @Override
        public String current() {
            return alias;
        }

        @Override
        public String createNext() {
            String next = "articles-v" + (indexes.size() + 1);
            indexes.put(next, new HashSet<>());
            return next;
        }

        @Override
        public Set<String> bulkInto(String index, List<Article> articles) {
            articles.stream().skip(loseDocuments ? 1 : 0).forEach(a -> indexes.get(index).add(a.id()));
            return Set.of();
        }

        @Override
        public void seal(String index) {
        }

        @Override
        public void promote(String next) {
            alias = next;
        }

        @Override
        public long count(String index) {
            return indexes.get(index).size();
        }

        @Override
        public void delete(String index) {
            indexes.remove(index);
        }
    }

    private void ingest(String title, String body, String url) {
        String json = "{\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"url\":\"" + url + "\"}";
        pipeline.ingest(new ArticleInput(title, body, url, null, null, null),
                new RawInput(json.getBytes(StandardCharsets.UTF_8), "application/json", "test"));
    }

    @Test
    void shouldRebuildEveryArticleButDuplicatesIntoTheNextGenerationAndMoveTheAlias() {
        ingest("انطلاق مهرجان سوق عكاظ", "انطلقت فعاليات مهرجان سوق عكاظ في الطائف بمشاركة واسعة من الأدباء.", "https://www.okaz.com.sa/1");
        ingest("Kayseri factory expands", "A furniture maker in Kayseri opened a second factory on Monday.", "https://news.example.org/kayseri");
        ingest("Kayseri factory expands", "A furniture maker in Kayseri opened a second factory on Monday.", "https://mirror.example.net/kayseri");
        Generations generations = new Generations();
        Reindexer.Report report = new Reindexer(stores, stores, generations, pipeline, reader, Parallel.sequential()).rebuild();
        assertEquals("articles-v2", generations.alias);
        assertEquals(2, report.indexed());
        assertEquals(1, report.skipped());
        assertEquals(Set.of("articles-v2"), generations.indexes.keySet(), "the old generation is dropped after the swap");
    }

    @Test
    void shouldLeaveTheAliasWhereItWasWhenTheNewGenerationIsShort() {
        ingest("Izmir port reopens", "The port of Izmir reopened after the storm passed on Sunday.", "https://news.example.org/izmir");
        ingest("Adana heat record", "Adana recorded its hottest July day in forty years.", "https://news.example.org/adana");
        Generations generations = new Generations();
        generations.loseDocuments = true;
        assertThrows(IllegalStateException.class,
                () -> new Reindexer(stores, stores, generations, pipeline, reader, Parallel.sequential()).rebuild());
        assertEquals("articles-v1", generations.alias);
    }

    @Test
    void shouldIndexOnlyPendingArticlesOnceTheIndexIsBack() {
        stores.indexDown = true;
        ingest("Ankara metro strike", "Metro workers in Ankara stopped work for two hours on Wednesday.", "https://news.example.org/ankara-metro");
        assertEquals(1, stores.pendingIds(10).size());
        stores.indexDown = false;
        Reindexer.Report report = new Reindexer(stores, stores, new Generations(), pipeline, reader, Parallel.sequential()).pending();
        assertEquals(1, report.indexed());
        assertEquals(0, stores.pendingIds(10).size());
        assertEquals(1, stores.indexed.size());
    }

    @Test
    void shouldReextractArticlesFromAnOlderExtractorFromTheirRawInput() {
        ingest("موسم العمرة", "بدأ موسم العمرة وسط إقبال كبير من المعتمرين القادمين من خارج المملكة.", "https://www.alwatan.com.sa/umrah");
        ArticleRecord old = stores.records.values().iterator().next();
        stores.records.put(old.id(), new ArticleRecord(old.id(), old.url(), old.title(), null, old.published(), old.source(),
                old.contentHash(), "basic-0", old.indexState(), old.ingestedAt(), null));
        stores.indexed.clear();
        Reindexer.Report report = new Reindexer(stores, stores, new Generations(), pipeline, reader, Parallel.sequential()).reextract();
        assertEquals(1, report.indexed());
        assertEquals("basic-1", stores.records.get(old.id()).extractorVersion());
        assertEquals("ar", stores.records.get(old.id()).language());
        assertEquals(1, stores.indexed.size());
    }
}
