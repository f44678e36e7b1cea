package dev.khabar.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.errors.InvalidInputException;
import dev.khabar.errors.KhabarException;
import dev.khabar.ingest.IngestOutcome;
import dev.khabar.ingest.IngestPipeline;
import dev.khabar.ingest.RawInput;
import dev.khabar.ingest.RawInputReader;
import dev.khabar.ingest.Submission;
import dev.khabar.model.ArticleInput;
import dev.khabar.model.IndexState;
import dev.khabar.store.InboxFiles;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The S3 inbox door: reads one file under {@code inbox/} ({@code .txt}, {@code .html}, {@code .json},
 * {@code .jsonl}, or a {@code .zip} of these) as a stream, ingests what it can through the shared
 * pipeline in batches, files each unreadable file or line under {@code rejected/} with its reason, and
 * moves the file to {@code processed/} with a report. Running it twice on the same file is harmless:
 * ids are deterministic, so the second run finds only duplicates.
 */
public final class InboxProcessor {
    private final InboxFiles files;
    private final IngestPipeline pipeline;
    private final RawInputReader reader;
    private final ObjectMapper json;
    private final InboxLimits limits;

    public InboxProcessor(InboxFiles files, IngestPipeline pipeline, RawInputReader reader, ObjectMapper json,
                          InboxLimits limits) {
        this.files = files;
        this.pipeline = pipeline;
        this.reader = reader;
        this.json = json;
        this.limits = limits;
    }

    public InboxReport process(String key) {
        if (!InboxKeys.isInbox(key)) {
            throw new IllegalArgumentException("Not an inbox key");
        }
        InboxReport report = new InboxReport(InboxKeys.relative(key));
        Batch batch = new Batch(key, report);
        try (InputStream in = files.open(key)) {
            if (in == null) {
                // A repeated event for a file an earlier run already filed away: nothing to do.
                report.gone();
                return report;
            }
            readFile(key, InboxKeys.relative(key), in, batch, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + key, e);
        }
        batch.flush();
        report.finish();
        files.move(key, InboxKeys.processed(key));
        files.put(InboxKeys.report(key), toJson(report), "application/json; charset=utf-8");
        return report;
    }

    private void readFile(String key, String name, InputStream in, Batch batch, boolean topLevel) throws IOException {
        String type = extension(name);
        String part = topLevel ? null : name;
        switch (type) {
            case "jsonl", "ndjson" -> readLines(key, part, in, batch);
            case "zip" -> {
                if (!topLevel) {
                    reject(batch, key, part, new byte[0], "nested_archive", "Archives inside archives are not opened.");
                } else {
                    readZip(key, in, batch);
                }
            }
            case "json", "txt", "html", "htm" -> {
                byte[] bytes = in.readNBytes(limits.maxFileBytes() + 1);
                if (bytes.length > limits.maxFileBytes()) {
                    reject(batch, key, part, new byte[0], "file_too_large",
                            "A single-article file may hold at most " + limits.maxFileBytes() + " bytes.");
                    return;
                }
                String contentType = switch (type) {
                    case "json" -> "application/json";
                    case "txt" -> "text/plain; charset=utf-8";
                    default -> "text/html; charset=utf-8";
                };
                try {
                    ArticleInput input = reader.read(bytes, contentType, null);
                    batch.add(input, new RawInput(bytes, contentType, "inbox"), part, bytes);
                } catch (KhabarException e) {
                    reject(batch, key, part, bytes, e.code(), e.getMessage());
                }
            }
            default -> reject(batch, key, part, in.readNBytes(limits.maxFileBytes()), "unsupported_file_type",
                    "Accepted: .txt, .html, .json, .jsonl and .zip of these.");
        }
    }

    private void readLines(String key, String part, InputStream in, Batch batch) throws IOException {
        LineReader lines = new LineReader(in, limits.maxLineBytes());
        long number = 0;
        for (LineReader.Line line; (line = lines.next()) != null; ) {
            number++;
            String where = (part == null ? "" : part + ".") + "line-" + number;
            if (line.tooLong()) {
                reject(batch, key, where, line.bytes(), "line_too_long", "A line may hold at most " + limits.maxLineBytes() + " bytes.");
                continue;
            }
            if (isBlank(line.bytes())) {
                continue;
            }
            try {
                ArticleInput input = reader.read(line.bytes(), "application/json", null);
                batch.add(input, new RawInput(line.bytes(), "application/json", "inbox"), where, line.bytes());
            } catch (KhabarException e) {
                reject(batch, key, where, line.bytes(), e.code(), e.getMessage());
            }
        }
    }

    private void readZip(String key, InputStream in, Batch batch) throws IOException {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        int entries = 0;
        try {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.isDirectory() || InboxKeys.safe(entry.getName()).startsWith("__MACOSX/")) {
                    continue;
                }
                if (++entries > limits.maxZipEntries()) {
                    reject(batch, key, "entries", new byte[0], "too_many_entries",
                            "An archive may hold at most " + limits.maxZipEntries() + " files.");
                    return;
                }
                // Caps what one entry may inflate to, whatever its header claims: no zip bombs.
                readFile(key, entry.getName(), new CappedStream(zip, limits.maxEntryBytes()), batch, false);
            }
        } catch (ZipException | CappedStream.Exceeded e) {
            reject(batch, key, "archive", new byte[0], "invalid_archive", "The archive is damaged or an entry is too large.");
        }
    }

    private void reject(Batch batch, String key, String where, byte[] bytes, String code, String reason) {
        String target = InboxKeys.rejected(key, where);
        if (bytes.length > 0) {
            files.put(target, bytes, "application/octet-stream");
        }
        ObjectNode why = json.createObjectNode();
        why.put("file", InboxKeys.relative(key));
        if (where != null) {
            why.put("where", where);
        }
        why.putObject("error").put("code", code).put("message", reason);
        files.put(InboxKeys.reason(target), why.toString().getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8");
        batch.report.rejected(where == null ? InboxKeys.relative(key) : where, code, reason);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot <= slash ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private byte[] toJson(InboxReport report) {
        try {
            return json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report not serialisable", e);
        }
    }

    /**
     * Articles waiting to go through the pipeline together, with where each came from. Up to
     * {@code BATCHES_IN_FLIGHT} batches run at once while the file is read on, so reading, analysis,
     * store calls and index writes of neighbouring batches overlap; outcomes are tallied in file order.
     */
    private final class Batch {
        private static final int BATCHES_IN_FLIGHT = 2;
        private final String key;
        private final InboxReport report;
        private List<Submission> submissions = new ArrayList<>();
        private List<String> wheres = new ArrayList<>();
        private List<byte[]> originals = new ArrayList<>();
        private final java.util.ArrayDeque<Running> running = new java.util.ArrayDeque<>();
        private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(
                BATCHES_IN_FLIGHT, r -> {
                    Thread t = new Thread(r, "inbox-batch");
                    t.setDaemon(true);
                    return t;
                });
        private int flushes;

        private record Running(java.util.concurrent.Future<List<IngestOutcome>> outcomes, List<String> wheres,
                               List<byte[]> originals) {
        }

        Batch(String key, InboxReport report) {
            this.key = key;
            this.report = report;
        }

        void add(ArticleInput input, RawInput raw, String where, byte[] original) {
            submissions.add(new Submission(input, raw));
            wheres.add(where);
            originals.add(original);
            if (submissions.size() >= limits.batchSize()) {
                submit();
            }
        }

        private void submit() {
            if (submissions.isEmpty()) {
                return;
            }
            while (running.size() >= BATCHES_IN_FLIGHT) {
                tally(running.removeFirst());
            }
            List<Submission> these = submissions;
            running.addLast(new Running(workers.submit(() -> pipeline.ingestAll(these)), wheres, originals));
            submissions = new ArrayList<>();
            wheres = new ArrayList<>();
            originals = new ArrayList<>();
        }

        /** Runs what is left and waits for every batch; the file is done only when this returns. */
        void flush() {
            try {
                submit();
                while (!running.isEmpty()) {
                    tally(running.removeFirst());
                }
            } finally {
                workers.shutdownNow();
            }
        }

        private void tally(Running batch) {
            List<IngestOutcome> outcomes;
            try {
                outcomes = batch.outcomes().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while ingesting", e);
            } catch (java.util.concurrent.ExecutionException e) {
                workers.shutdownNow();
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
            for (int i = 0; i < outcomes.size(); i++) {
                IngestOutcome o = outcomes.get(i);
                switch (o.status()) {
                    case CREATED -> report.created(o.indexState() == IndexState.INDEXED);
                    case DUPLICATE -> report.duplicate();
                    case REJECTED -> reject(this, key, batch.wheres().get(i), batch.originals().get(i), o.code(), o.reason());
                }
            }
            if (++flushes % limits.progressEvery() == 0) {
                files.put(InboxKeys.progress(key), toJson(report), "application/json; charset=utf-8");
            }
        }
    }

    /** Stops reading an entry past its cap instead of trusting the size the archive declares. */
    private static final class CappedStream extends FilterInputStream {
        static final class Exceeded extends IOException {
            Exceeded() {
                super("entry larger than allowed");
            }
        }

        private long left;

        CappedStream(InputStream in, long cap) {
            super(in);
            this.left = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new Exceeded();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new Exceeded();
            }
            return n;
        }

        @Override
        public void close() {
            // The zip stream owns the underlying stream and moves on to the next entry.
        }
    }
}
