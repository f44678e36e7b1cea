package dev.khabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.AppConfig;
import dev.khabar.aws.ArticleDocuments;
import dev.khabar.aws.AwsClients;
import dev.khabar.aws.Doors;
import dev.khabar.aws.OpenSearchBulk;
import dev.khabar.aws.OpenSearchHttp;
import dev.khabar.functions.inbox.InboxHandler;
import dev.khabar.local.LocalContext;
import dev.khabar.local.S3Events;
import dev.khabar.local.LocalFront;
import dev.khabar.local.LocalRoutes;
import dev.khabar.local.LocalStack;
import dev.khabar.model.Article;
import dev.khabar.store.InboxFiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Articles end to end until all are searchable, through the S3 inbox door and through
 * {@code POST /articles:batch}, each door on a fresh bucket, table and index, beside a raw OpenSearch
 * {@code _bulk} of the same enriched documents into an index with the same mapping. CPU seconds per
 * process are taken around each, so the figures come with the profile that explains them.
 */
public final class IngestMeasurement {
    static final int BATCH = 100;
    static final int BATCH_CLIENTS = 4;
    private static final int RAW_BULK = 500;
    private final ObjectMapper json;
    private final ProcessCpu cpu;
    private List<ObjectNode> enrichedFor;
    private List<Article> enriched;
    private OpenSearchHttp openSearch;

    public IngestMeasurement(ObjectMapper json, ProcessCpu cpu) {
        this.json = json;
        this.cpu = cpu;
    }

    /** One path's run: how many articles became searchable, in how long, and where the CPU went. */
    public record PathRun(long articles, double seconds, Map<String, Double> cpuSeconds, Map<String, Double> engineSeconds) {
        public double perSecond() {
            return articles / seconds;
        }

        /** Where the time went: CPU seconds by process, then OpenSearch's own indexing, refresh and merge time. */
        public String profile() {
            StringBuilder s = new StringBuilder("CPU s by process:");
            cpuSeconds.forEach((process, cpu) -> s.append(String.format(java.util.Locale.ROOT, " %s %.1f", process, cpu)));
            s.append("; OpenSearch s:");
            engineSeconds.forEach((part, t) -> s.append(String.format(java.util.Locale.ROOT, " %s %.1f", part, t)));
            return s.toString();
        }
    }

    /** @param batchStack the stack the batch door filled, left standing so search can be measured on it */
    public record Result(PathRun raw, PathRun inbox, PathRun batch, LocalStack batchStack) {
    }

    /** A short run through both doors, so no measured path pays for the JIT warming up. */
    public void warmUp(List<ObjectNode> sample) throws Exception {
        LocalStack stack = fresh();
        Doors doors = stack.doors();
        doors.inbox().process(putJsonl(stack.inboxFiles(), "inbox/warm-up.jsonl", sample));
        LocalStack other = fresh();
        try (LocalFront front = new LocalFront("127.0.0.1", 0, LocalRoutes.of(other.doors().services()), json).start()) {
            postBatches(front.port(), sample);
        }
        dropIndex(stack);
        dropIndex(other);
    }

    public Result measure(List<ObjectNode> articles) throws Exception {
        LocalStack inboxStack = fresh();
        PathRun inbox = inbox(inboxStack, articles);
        LocalStack batchStack = fresh();
        PathRun batch = batch(batchStack, articles);
        // Repeated runs of one size enrich the same articles alike: they are read back from the archive once.
        if (enrichedFor == null || enrichedFor.size() != articles.size()) {
            enriched = enriched(inboxStack);
            enrichedFor = articles;
        }
        PathRun raw = rawBulk(inboxStack, enriched);
        dropIndex(inboxStack);
        return new Result(raw, inbox, batch, batchStack);
    }

    private PathRun inbox(LocalStack stack, List<ObjectNode> articles) throws Exception {
        Doors doors = stack.doors();
        InboxFiles files = stack.inboxFiles();
        // Uploaded before the clock starts, then moved into the inbox: the door is measured, not the upload.
        putJsonl(files, "staging/bench/saudinewsnet.jsonl", articles);
        Map<String, Double> cpu0 = cpu.snapshot();
        Map<String, Double> engine0 = engineTimes(stack);
        long start = System.nanoTime();
        long created;
        // The file lands in the inbox and its S3 event reaches the function, as on AWS. (The local
        // poller that stands in for bucket notifications lists the bucket, which S3Proxy's
        // filesystem store does by walking every stored object: that is no cost of the door.)
        files.move("staging/bench/saudinewsnet.jsonl", "inbox/bench/saudinewsnet.jsonl");
        new InboxHandler(doors).handleRequest(S3Events.objectCreated(stack.config().bucket(), "inbox/bench/saudinewsnet.jsonl", -1),
                new LocalContext(UUID.randomUUID().toString(), "inbox"));
        created = json.readTree(files.readIfPresent("processed/bench/saudinewsnet.jsonl.report.json")).path("created").asLong();
        waitSearchable(stack, created);
        return new PathRun(created, (System.nanoTime() - start) / 1e9, ProcessCpu.between(cpu0, cpu.snapshot()),
                ProcessCpu.between(engine0, engineTimes(stack)));
    }

    private PathRun batch(LocalStack stack, List<ObjectNode> articles) throws Exception {
        try (LocalFront front = new LocalFront("127.0.0.1", 0, LocalRoutes.of(stack.doors().services()), json).start()) {
            Map<String, Double> cpu0 = cpu.snapshot();
            Map<String, Double> engine0 = engineTimes(stack);
            long start = System.nanoTime();
            long created = postBatches(front.port(), articles);
            waitSearchable(stack, created);
            return new PathRun(created, (System.nanoTime() - start) / 1e9, ProcessCpu.between(cpu0, cpu.snapshot()),
                    ProcessCpu.between(engine0, engineTimes(stack)));
        }
    }

    private List<Article> enriched(LocalStack stack) {
        Doors doors = stack.doors();
        List<Article> out = new ArrayList<>();
        doors.services().records().forEach(r -> {
            if (r.duplicateOf() == null) {
                doors.services().archive().getEnriched(r.id()).ifPresent(out::add);
            }
        });
        return out;
    }

    private PathRun rawBulk(LocalStack stack, List<Article> articles) {
        OpenSearchHttp http = openSearch(stack);
        String index = "bench-raw-" + UUID.randomUUID().toString().substring(0, 8);
        http.expectOk("PUT", "/" + index, stack.searchIndex().indexDefinition());
        OpenSearchBulk bulk = new OpenSearchBulk(http, json, new ArticleDocuments(json));
        Map<String, Double> cpu0 = cpu.snapshot();
        Map<String, Double> engine0 = engineTimes(stack);
        long start = System.nanoTime();
        for (int i = 0; i < articles.size(); i += RAW_BULK) {
            bulk.write(index, articles.subList(i, Math.min(articles.size(), i + RAW_BULK)));
        }
        http.expectOk("POST", "/" + index + "/_refresh", null);
        PathRun run = new PathRun(articles.size(), (System.nanoTime() - start) / 1e9, ProcessCpu.between(cpu0, cpu.snapshot()),
                ProcessCpu.between(engine0, engineTimes(stack)));
        long count = http.expectOk("GET", "/" + index + "/_count", null).body().path("count").asLong();
        if (count != articles.size()) {
            throw new IllegalStateException("raw bulk indexed " + count + " of " + articles.size());
        }
        http.send("DELETE", "/" + index, null);
        return run;
    }

    private long postBatches(int port, List<ObjectNode> articles) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService clients = Executors.newFixedThreadPool(BATCH_CLIENTS);
        try {
            List<Future<Long>> sent = new ArrayList<>();
            for (int i = 0; i < articles.size(); i += BATCH) {
                ArrayNode batch = json.createArrayNode();
                articles.subList(i, Math.min(articles.size(), i + BATCH)).forEach(batch::add);
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles:batch"))
                        .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build();
                sent.add(clients.submit(() -> {
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("batch answered " + r.statusCode() + ": " + r.body());
                    }
                    return json.readTree(r.body()).path("created").asLong();
                }));
            }
            long created = 0;
            for (Future<Long> f : sent) {
                created += f.get();
            }
            return created;
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * Where OpenSearch's own time went (indexing, refreshes, merges, translog flushes), from the node's
     * cumulative statistics: with the CPU by process, it tells the engine's share of a door apart from
     * work the door made the engine do.
     */
    private Map<String, Double> engineTimes(LocalStack stack) {
        JsonNode node = openSearch(stack).expectOk("GET", "/_nodes/_local/stats/indices/indexing,refresh,merge,flush", null)
                .body().path("nodes");
        JsonNode indices = node.elements().hasNext() ? node.elements().next().path("indices") : json.createObjectNode();
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        out.put("indexing", indices.path("indexing").path("index_time_in_millis").asDouble() / 1000);
        out.put("refresh", indices.path("refresh").path("total_time_in_millis").asDouble() / 1000);
        out.put("refreshes", indices.path("refresh").path("total").asDouble());
        out.put("merge", indices.path("merges").path("total_time_in_millis").asDouble() / 1000);
        out.put("flush", indices.path("flush").path("total_time_in_millis").asDouble() / 1000);
        return out;
    }

    private LocalStack fresh() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("KHABAR_BUCKET", "khabar-bench-" + suffix);
        env.put("KHABAR_TABLE", "khabar-bench-" + suffix);
        env.put("KHABAR_INDEX", "articles-bench-" + suffix);
        return new LocalStack(AppConfig.from(env)).provision();
    }

    /** Indexes of finished runs go, so a 31k series does not keep three copies in one small heap. */
    public void dropIndex(LocalStack stack) {
        openSearch(stack).send("DELETE", "/" + stack.config().indexAlias() + "*", null);
    }

    private String putJsonl(InboxFiles files, String key, List<ObjectNode> articles) {
        StringBuilder jsonl = new StringBuilder();
        articles.forEach(a -> jsonl.append(a).append('\n'));
        files.put(key, jsonl.toString().getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        return key;
    }

    /** Every stack of a run talks to the same OpenSearch: one client (and one connection pool) serves them all. */
    private OpenSearchHttp openSearch(LocalStack stack) {
        if (openSearch == null) {
            openSearch = new OpenSearchHttp(AwsClients.openSearch(stack.config(), AwsClients.httpClient()), json);
        }
        return openSearch;
    }

    private void waitSearchable(LocalStack stack, long expected) throws InterruptedException {
        OpenSearchHttp http = openSearch(stack);
        String alias = stack.config().indexAlias();
        while (true) {
            http.expectOk("POST", "/" + alias + "/_refresh", null);
            long count = http.expectOk("GET", "/" + alias + "/_count", null).body().path("count").asLong();
            if (count >= expected) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
