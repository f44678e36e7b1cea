package dev.khabar.reindex;

import dev.khabar.errors.KhabarException;
import dev.khabar.ingest.IngestPipeline;
import dev.khabar.ingest.Parallel;
import dev.khabar.ingest.RawInput;
import dev.khabar.ingest.RawInputReader;
import dev.khabar.model.Article;
import dev.khabar.model.ArticleRecord;
import dev.khabar.model.IndexState;
import dev.khabar.store.ArticleArchive;
import dev.khabar.store.ArticleRecords;
import dev.khabar.store.IndexGenerations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rebuilds the derived index from the source of truth. A full rebuild fills a new index generation
 * from the archive while the alias keeps serving the old one, checks the count, then swaps the alias
 * in one step: searches answer throughout. {@code pending} indexes only what the records say is
 * missing; {@code reextract} re-runs the analysis from the raw input where the extractor is older.
 */
public final class Reindexer {
    private static final int BATCH = 500;
    private final ArticleArchive archive;
    private final ArticleRecords records;
    private final IndexGenerations generations;
    private final IngestPipeline pipeline;
    private final RawInputReader reader;
    private final Parallel parallel;

    public Reindexer(ArticleArchive archive, ArticleRecords records, IndexGenerations generations,
                     IngestPipeline pipeline, RawInputReader reader, Parallel parallel) {
        this.archive = archive;
        this.records = records;
        this.generations = generations;
        this.pipeline = pipeline;
        this.reader = reader;
        this.parallel = parallel;
    }

    public record Report(String mode, String from, String to, long considered, long indexed, long skipped, long failed) {
    }

    public Report rebuild() {
        String started = java.time.Instant.now().minusSeconds(5).toString();
        String from = generations.current();
        String to = generations.createNext();
        long[] tally = new long[4];
        List<ArticleRecord> batch = new ArrayList<>();
        // The records say which archived articles are duplicates (never indexed) and which are pending.
        records.forEach(record -> {
            tally[0]++;
            if (record.indexState() == IndexState.SKIPPED) {
                tally[2]++;
                return;
            }
            batch.add(record);
            if (batch.size() >= BATCH) {
                fill(to, batch, tally);
            }
        });
        fill(to, batch, tally);
        generations.seal(to);
        long count = generations.count(to);
        if (count != tally[1]) {
            generations.delete(to);
            throw new IllegalStateException("Rebuilt index holds " + count + " documents, expected " + tally[1]
                    + "; the alias still points at " + from);
        }
        generations.promote(to);
        catchUp(to, started);
        if (!from.equals(to)) {
            generations.delete(from);
        }
        return new Report("full", from, to, tally[0], tally[1], tally[2], tally[3]);
    }

    private void fill(String index, List<ArticleRecord> batch, long[] tally) {
        if (batch.isEmpty()) {
            return;
        }
        List<Optional<Article>> loaded = parallel.map(batch, r -> archive.getEnriched(r.id()));
        List<Article> articles = new ArrayList<>();
        List<ArticleRecord> pending = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (loaded.get(i).isPresent()) {
                articles.add(loaded.get(i).get());
                if (batch.get(i).indexState() == IndexState.PENDING) {
                    pending.add(batch.get(i));
                }
            } else {
                tally[3]++;
            }
        }
        Set<String> failed = generations.bulkInto(index, articles);
        tally[1] += articles.size() - failed.size();
        tally[3] += failed.size();
        parallel.map(pending.stream().filter(r -> !failed.contains(r.id())).toList(), r -> {
            records.updateIndexState(r.id(), IndexState.INDEXED);
            return r.id();
        });
        batch.clear();
    }

    /**
     * Articles ingested while the new generation filled went to the old one through the alias; they
     * are copied over from the archive once the alias has moved (the copy is idempotent by id).
     */
    private void catchUp(String to, String since) {
        List<ArticleRecord> late = new ArrayList<>();
        records.forEach(record -> {
            if (record.indexState() != IndexState.SKIPPED && record.ingestedAt() != null && record.ingestedAt().compareTo(since) >= 0) {
                late.add(record);
            }
        });
        for (int start = 0; start < late.size(); start += BATCH) {
            fill(to, new ArrayList<>(late.subList(start, Math.min(late.size(), start + BATCH))), new long[4]);
        }
    }

    public Report pending() {
        long considered = 0;
        long indexed = 0;
        long failed = 0;
        List<String> seen = new ArrayList<>();
        while (true) {
            List<String> ids = records.pendingIds(BATCH);
            ids.removeAll(seen);
            if (ids.isEmpty()) {
                break;
            }
            seen.addAll(ids);
            considered += ids.size();
            List<Article> articles = parallel.map(ids, archive::getEnriched).stream().flatMap(Optional::stream).toList();
            Set<String> done = pipeline.indexBatch(articles);
            indexed += done.size();
            failed += ids.size() - done.size();
            if (done.isEmpty()) {
                // The index is down or refuses them all: stop rather than spin.
                break;
            }
        }
        return new Report("pending", null, null, considered, indexed, 0, failed);
    }

    public Report reextract() {
        String current = pipeline.analyzerVersion();
        List<ArticleRecord> stale = new ArrayList<>();
        long[] considered = {0};
        records.forEach(record -> {
            considered[0]++;
            if (!current.equals(record.extractorVersion())) {
                stale.add(record);
            }
        });
        long indexed = 0;
        long skipped = 0;
        long failed = 0;
        for (int start = 0; start < stale.size(); start += BATCH) {
            List<ArticleRecord> slice = stale.subList(start, Math.min(stale.size(), start + BATCH));
            List<Optional<Article>> redone = parallel.map(slice, this::reanalyze);
            List<Article> toIndex = new ArrayList<>();
            for (int i = 0; i < slice.size(); i++) {
                if (redone.get(i).isEmpty()) {
                    failed++;
                } else if (slice.get(i).indexState() == IndexState.SKIPPED) {
                    skipped++;
                } else {
                    toIndex.add(redone.get(i).get());
                }
            }
            Set<String> done = pipeline.indexBatch(toIndex);
            indexed += done.size();
            failed += toIndex.size() - done.size();
        }
        return new Report("reextract", null, null, considered[0], indexed, skipped, failed);
    }

    private Optional<Article> reanalyze(ArticleRecord record) {
        Optional<RawInput> raw = archive.getRaw(record.id());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(pipeline.reanalyze(record, reader.read(raw.get().bytes(), raw.get().contentType(), record.url())));
        } catch (KhabarException e) {
            // The raw input was accepted once; if today's reader refuses it, the old analysis stays.
            return Optional.empty();
        }
    }
}
